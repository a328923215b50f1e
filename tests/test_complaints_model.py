"""Tests of custops.complaints.model: enumerations and the Complaint record (R-CMP-01..06)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import custops.complaints.model as model_module
from custops.complaints import (
    Category,
    Channel,
    Complaint,
    Department,
    HandlingClass,
    Kind,
    Role,
    Severity,
    Signal,
    Validity,
)
from custops.enums import LabelledEnum, OrderedEnum
from custops.errors import CustopsError, InvalidInput, InvalidType

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2024, 5, 6, 9, 30, tzinfo=SH)
ENUMS = (Kind, Category, Channel, Severity, Validity, HandlingClass, Department, Role, Signal)


def make(**changes: object) -> Complaint:
    fields: dict[str, object] = {
        "received_at": T0,
        "channel": "电话",
        "content": "酒里有沉淀",
        "complainant": "王先生",
    }
    fields.update(changes)
    return Complaint(**fields)  # type: ignore[arg-type, unused-ignore]


def test_kinds_of_D14_R_CMP_01() -> None:
    """R-CMP-01: consultation, suggestion, complaint; D14's 推荐 reads as 建议; plus praise
    and nothing to handle (issue 13), which open no complaint flow."""
    assert [k.label for k in Kind] == ["咨询", "建议", "投诉", "表扬", "无需处理"]
    assert Kind.parse("表扬") is Kind.PRAISE
    assert Kind.parse("无需处理") is Kind.NO_ACTION
    assert Kind.parse("推荐") is Kind.SUGGESTION
    assert Kind.parse("客户咨询类") is Kind.CONSULTATION


def test_categories_of_D1_R_CMP_02() -> None:
    """R-CMP-02: D1 第一条's five categories, plus D10's return class and other."""
    assert Category.parse("产品质量") is Category.PRODUCT_QUALITY
    assert Category.parse("销售合同") is Category.SALES_CONTRACT
    assert Category.parse("维修质量") is Category.REPAIR_QUALITY
    assert Category.parse("服务质量") is Category.SERVICE_QUALITY
    assert Category.parse("提案建议批评意见") is Category.PROPOSAL_CRITICISM
    assert Category.parse("退换货") is Category.RETURN_EXCHANGE
    assert Category.parse("其它") is Category.OTHER


def test_channels_R_CMP_04() -> None:
    """R-CMP-04: on-site, phone, written, oral/forwarded; plus online."""
    assert Channel.parse("现场") is Channel.IN_PERSON
    assert Channel.parse("口头投诉") is Channel.IN_PERSON
    assert Channel.parse("书面投诉") is Channel.WRITTEN
    assert Channel.parse("转交") is Channel.FORWARDED
    assert Channel.parse("ONLINE") is Channel.ONLINE


@pytest.mark.parametrize("cls", ENUMS)
def test_every_member_parses_from_label_name_and_value(cls: type[Kind]) -> None:
    for member in cls:
        assert cls.parse(member.label) is member
        assert cls.parse(member.name) is member
        assert cls.parse(member.name.lower().replace("_", " ")) is member
        assert cls.parse(member.value.upper()) is member
        assert cls.parse(member) is member
        assert str(member) == member.label


@pytest.mark.parametrize("cls", ENUMS)
def test_labels_and_variants_are_unambiguous(cls: type[Kind]) -> None:
    seen: dict[str, object] = {}
    for member in cls:
        for name in (member.name, member.value, member.label, *member.variants):
            key = name.lower().replace("_", "").replace(" ", "").replace("-", "")
            assert seen.setdefault(key, member) is member, name


def test_parse_refuses_unknown_text_naming_it() -> None:
    with pytest.raises(InvalidInput, match="'火星'"):
        Kind.parse("火星")
    with pytest.raises(InvalidInput, match="text"):
        Kind.parse("")
    with pytest.raises(InvalidType, match="not an int"):
        Kind.parse(3)


def test_severity_is_ordered() -> None:
    assert Severity.GENERAL < Severity.MAJOR
    assert Severity.GENERAL <= Severity.GENERAL
    assert not Severity.MAJOR < Severity.GENERAL
    assert max([Severity.MAJOR, Severity.GENERAL]) is Severity.MAJOR


def test_complaint_records_what_D1_asks_R_CMP_06() -> None:
    """R-CMP-06: time, channel, content, complainant, contact, licence plate, loss, demand."""
    c = make(contact=" 13800000000 ", reference="川A12345", claimed_loss="1,200.5", demand="退货")
    assert c.received_at == T0
    assert c.channel is Channel.PHONE
    assert c.contact == "13800000000"
    assert c.reference == "川A12345"
    assert c.claimed_loss == Decimal("1200.50")
    assert c.demand == "退货"
    assert c.complainant_count == 1
    assert c.text == "酒里有沉淀\n退货"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.content = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "error", "argument"),
    [
        ({"received_at": dt.datetime(2024, 5, 6)}, InvalidInput, "received_at"),
        ({"received_at": dt.date(2024, 5, 6)}, InvalidType, "received_at"),
        # an instant UTC cannot show is refused here, not later as a status's ``at``
        (
            {"received_at": dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))},
            InvalidInput,
            "received_at",
        ),
        ({"channel": "pigeon"}, InvalidInput, "channel"),
        ({"channel": 1}, InvalidType, "channel"),
        ({"content": "  "}, InvalidInput, "content"),
        ({"complainant": None}, InvalidType, "complainant"),
        ({"claimed_loss": 1.5}, InvalidType, "claimed_loss"),
        ({"claimed_loss": "-1"}, InvalidInput, "claimed_loss"),
        ({"complainant_count": 0}, InvalidInput, "complainant_count"),
        ({"complainant_count": True}, InvalidType, "complainant_count"),
        ({"demand": 5}, InvalidType, "demand"),
    ],
)
def test_complaint_refuses_bad_input_naming_the_argument(
    changes: dict[str, object], error: type[Exception], argument: str
) -> None:
    with pytest.raises(error, match=f"^{argument}:"):
        make(**changes)


@given(st.sampled_from(ENUMS).flatmap(lambda cls: st.sampled_from(list(cls))))
def test_parse_round_trips_any_member_from_its_label(member: Kind) -> None:
    assert type(member).parse(member.label) is member


@given(st.text())
def test_parse_either_returns_a_member_or_raises_invalid_input(text: str) -> None:
    known = {
        k.lower().replace("_", "").replace(" ", "").replace("-", "")
        for c in Category
        for k in (c.name, c.value, c.label, *c.variants)
    }
    try:
        result = Category.parse(text)
    except InvalidInput as exc:
        failure: InvalidInput | None = exc
    else:
        failure = None
        assert isinstance(result, Category)
    if failure is not None:
        assert failure.argument == "text"
        assert text.strip().lower() not in known


def test_public_api_contract() -> None:
    """These names are importable from custops.complaints (issue 12: one package surface)."""
    import custops.complaints as pkg

    for name in (
        "Kind",
        "Category",
        "Channel",
        "Severity",
        "Complaint",
        "classify",
        "assess_severity",
        "assess_validity",
        "return_decision",
        "Case",
        "statistics",
    ):
        assert hasattr(pkg, name), name
        assert name in pkg.__all__
    assert callable(pkg.statistics)  # the function, not the submodule it lives in


def test_parse_names_the_argument_and_to_enum_is_gone() -> None:
    # issue 12: the converter form to_enum(cls, argument, value) is gone; parse() names
    # the argument.  issue 14 item 5: junk (None, an int) is a CustopsError, never an
    # AttributeError.
    assert not hasattr(model_module, "to_enum")
    assert "LabelledEnum" not in model_module.__all__
    assert Kind.parse("投诉", argument="kind") is Kind.COMPLAINT
    assert Kind.parse(Kind.SUGGESTION, argument="kind") is Kind.SUGGESTION
    assert Kind.parse("表扬", argument="kind") is Kind.PRAISE
    with pytest.raises(InvalidInput, match=r"^kind: is not a known Kind"):
        Kind.parse("火星", argument="kind")
    with pytest.raises(InvalidType, match=r"^kind: must be a Kind or a str, not an int"):
        Kind.parse(3, argument="kind")
    for cls in (Kind, Category, Channel, Severity):
        with pytest.raises(CustopsError, match=r"^kind: "):
            cls.parse(None, argument="kind")


def test_severity_is_ordered_on_the_one_base() -> None:
    assert issubclass(Severity, OrderedEnum)
    assert Severity.GENERAL < Severity.MAJOR
    assert max(Severity) is Severity.MAJOR
    assert [s.rank for s in Severity] == [0, 1]
    for cls in (Kind, Category, Channel, Severity, Department, Role):
        assert issubclass(cls, LabelledEnum)
        for member in cls:
            assert str(member) == member.label
            assert cls.parse(member.value) is member


def test_every_channel_spelling_followed_by_complaint_is_that_channel_R_CMP_04() -> None:
    """CONTRIBUTING item 5 (``parse()`` reads any spelling): "<any channel spelling>投诉"
    (投訴, "complaint") is that channel — 热线投诉, 网络投诉, 12315投诉 — for every
    spelling of every channel, not a list of a few."""
    from custops._enums import names_of

    for member in Channel:
        for name in names_of(member):
            for tail in ("投诉", "投訴", " complaint", "complaint"):
                assert Channel.parse(name + tail) is member, name + tail
    seen = {
        "热线投诉": Channel.PHONE,
        "熱線投訴": Channel.PHONE,
        "来电投诉": Channel.PHONE,
        "网络投诉": Channel.ONLINE,
        "在线投诉": Channel.ONLINE,
        "网上投诉": Channel.ONLINE,
        "微信投诉": Channel.ONLINE,
        "邮件投诉": Channel.ONLINE,
        "来信投诉": Channel.WRITTEN,
        "来访投诉": Channel.IN_PERSON,
        "上门投诉": Channel.IN_PERSON,
        "12315投诉": Channel.FORWARDED,
        "客服热线": Channel.PHONE,
        "400电话": Channel.PHONE,
        "在线客服": Channel.ONLINE,
        "APP内投诉": Channel.ONLINE,
        "微博投诉": Channel.ONLINE,
    }
    for text, member in seen.items():
        assert Channel.parse(text) is member, text
        assert make(channel=text).channel is member
    for junk in ("投诉", "投诉投诉", "complaint", "热线投诉投诉", "猫投诉"):
        with pytest.raises(InvalidInput, match=rf"^channel: is not a known Channel.*'{junk}'"):
            Channel.parse(junk, argument="channel")
    with pytest.raises(InvalidType):
        Channel.parse(5)


#: The spellings of a web form and of a message left online that a ticket desk stores.
WEB_FORMS = ("web form", "Web Form", "webform", "online form", "网页", "表单", "留言", "網頁表單")


def test_a_web_form_or_a_message_left_online_is_the_online_channel_R_CMP_04() -> None:
    """R-CMP-04: a web form is written online: online, as a website (网站) and 在线 are —
    D5's written channel (书面) is paper that reaches the quality supervisor — in any case,
    spacing or script, and followed by 投诉 or "complaint" too."""
    for text in (*WEB_FORMS, "网页表单", "在线表单", "留言板", "網頁", "contact form", "网站留言"):
        assert Channel.parse(text) is Channel.ONLINE, text
        assert Channel.parse(text + "投诉") is Channel.ONLINE, text
        assert make(channel=text).channel is Channel.ONLINE
    for text in ("网站", "在线", "online", "website"):
        assert Channel.parse(text) is Channel.ONLINE
    assert Channel.parse("hotline") is Channel.PHONE
    for junk in ("form", "forms", "web formx", "表", "页面", "电话留言", "留言电话", "网页网页"):
        with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel"):
            Channel.parse(junk, argument="channel")


@given(st.text(alphabet="abdefmorwn -_留言表单網网页頁板", max_size=10))
def test_property_a_channel_is_read_only_from_a_listed_spelling_R_CMP_04(text: str) -> None:
    """Invariant (R-CMP-04): ``Channel.parse`` stays strict — a text is read exactly when it
    folds to a spelling of a member (these letters form no 投诉, "complaint", 400/800 or 微信
    around one), and then as that member; or when it names a regulator (of these letters
    only NFRA can be formed), and then it is a forwarded complaint (R-CMP-07)."""
    from custops._enums import fold, names_of

    known = {fold(name): member for member in Channel for name in names_of(member)}
    names_regulator = "nfra" in fold(text)
    try:
        member = Channel.parse(text)
    except InvalidInput:
        assert fold(text) not in known
        assert not names_regulator
    else:
        if names_regulator:
            assert member is Channel.FORWARDED
        else:
            assert known[fold(text)] is member


def test_a_regulator_spelling_followed_by_complaint_keeps_the_regulator_R_CMP_07() -> None:
    """``channel="12315投诉"`` is forwarded by 12315, as ``"12315"`` is (R-CMP-07)."""
    c = make(channel="12315投诉")
    assert (c.channel, c.forwarded_by, c.via_regulator) == (Channel.FORWARDED, "12315投诉", True)
    assert make(channel="转办投诉").forwarded_by == ""


def test_a_severity_reads_the_complaints_own_words() -> None:
    """重大投诉 / major complaint is the major severity (the flow's label), 一般投诉 general."""
    assert Severity.parse("重大投诉") is Severity.parse("major complaint") is Severity.MAJOR
    assert Severity.parse("一般投诉") is Severity.parse("general complaint") is Severity.GENERAL


# ---- spellings a desk's records hold, with a word around them (R-CMP-01, R-CMP-02, R-CMP-04)

# The words each enumeration reads around a spelling, and the member a prefix is for (None:
# any member): written out here, so the test reads the behaviour, not the constants.
_SUFFIXES: dict[type[LabelledEnum], tuple[str, ...]] = {
    Channel: ("投诉", "投訴", " complaint", "complaint"),
    Kind: ("类", "類", "问题", "類問題"),
    Category: ("类", "问题", "类问题", "類"),
}
_PREFIXES: dict[type[LabelledEnum], dict[str, LabelledEnum | None]] = {
    Channel: {
        "400": Channel.PHONE,
        "800": Channel.PHONE,
        "微信": Channel.ONLINE,
        "WeChat ": Channel.ONLINE,
    },
    Kind: {"客户": None},
    Category: {},
}


def _spellings(member: LabelledEnum) -> tuple[str, ...]:
    return (member.name, member.label, member.value, *member.variants)


@pytest.mark.parametrize(
    ("cls", "text", "member"),
    [
        (Channel, "微信公众号", Channel.ONLINE),
        (Channel, "微信小程序", Channel.ONLINE),
        (Channel, "微信服务号", Channel.ONLINE),
        (Channel, "服务号", Channel.ONLINE),
        (Channel, "应用商店", Channel.ONLINE),
        (Channel, "App Store", Channel.ONLINE),
        (Channel, "800电话", Channel.PHONE),
        (Channel, "800客服热线", Channel.PHONE),
        (Channel, "400", Channel.PHONE),
        (Channel, "微信公众号投诉", Channel.ONLINE),
        (Kind, "投诉类", Kind.COMPLAINT),
        (Kind, "咨询类", Kind.CONSULTATION),
        (Kind, "建议类", Kind.SUGGESTION),
        (Kind, "客户投诉", Kind.COMPLAINT),
        (Kind, "咨询问题", Kind.CONSULTATION),
        (Kind, "提案", Kind.SUGGESTION),
        (Category, "质量问题", Category.PRODUCT_QUALITY),
        (Category, "服务类", Category.SERVICE_QUALITY),
        (Category, "退款", Category.RETURN_EXCHANGE),
        (Category, "退费", Category.RETURN_EXCHANGE),
        (Category, "提案", Category.PROPOSAL_CRITICISM),
        (Category, "批评与意见", Category.PROPOSAL_CRITICISM),
        (Category, "其他问题", Category.OTHER),
    ],
)
def test_close_variants_of_a_label_parse_R_CMP_01_02_04(
    cls: type[LabelledEnum], text: str, member: LabelledEnum
) -> None:
    """R-CMP-04 (channels), R-CMP-01 (D14 四's 客户投诉类 … as 投诉类), R-CMP-02 (D1 第一条:
    提案 among 「提案,建议,批评与意见」; 退款 is the return/refund category): what a CRM's
    records hold parses, as the label it varies does."""
    assert cls.parse(text) is member
    assert cls.parse(text, argument="x").label == member.label


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        (Channel, "400微信"),  # a hotline number before an online spelling
        (Channel, "微信热线"),  # WeChat before a phone spelling
        (Channel, "微信12315"),
        (Channel, "40电话"),
        (Kind, "类"),
        (Kind, "客户"),
        (Category, "问题"),
        (Category, "客户质量"),  # 客户 is a kind's prefix, not a category's
        (Category, "类质量"),
    ],
)
def test_a_word_around_a_spelling_never_makes_another_member_R_CMP_04(
    cls: type[LabelledEnum], text: str
) -> None:
    """A prefix reads only a spelling of its own member, and a word alone names nothing:
    the refusal names the argument and shows the text as given."""
    with pytest.raises(InvalidInput, match=rf"^channel: is not a known {cls.__name__}.*'{text}'"):
        cls.parse(text, argument="channel")


@pytest.mark.parametrize("cls", [Channel, Kind, Category])
def test_every_spelling_with_every_word_around_it_is_one_member_R_CMP_04(
    cls: type[LabelledEnum],
) -> None:
    """Every spelling of every member, alone, after each prefix its member takes and before
    each suffix, parses to that member and no other (no spelling is ambiguous)."""
    for member in cls:
        prefixes = ["", *(p for p, m in _PREFIXES[cls].items() if m in (None, member))]
        for name in _spellings(member):
            for prefix in prefixes:
                for suffix in ("", *_SUFFIXES[cls]):
                    text = prefix + name + suffix
                    assert cls.parse(text) is member, (text, member)


_AFFIXED = st.sampled_from([Channel, Kind, Category]).flatmap(
    lambda cls: st.tuples(
        st.just(cls),
        st.sampled_from(list(cls)),
        st.sampled_from(["", *_SUFFIXES[cls]]),
        st.sampled_from(["", *_PREFIXES[cls]]),
    )
)


@given(_AFFIXED, st.sampled_from(["", " ", "\u3000"]))
def test_property_a_spelling_parses_to_one_member_and_round_trips_R_CMP_04(
    affixed: tuple[type[LabelledEnum], LabelledEnum, str, str], pad: str
) -> None:
    """``parse(label)`` and ``parse(value)`` give the member back, with or without a word
    around them; a prefix of another member's leaves the text refused or that member's."""
    cls, member, suffix, prefix = affixed
    for name in (member.label, member.value):
        assert cls.parse(pad + name + suffix + pad) is member
        if _PREFIXES[cls].get(prefix) in (None, member):
            assert cls.parse(prefix + name + suffix) is member
        else:
            with pytest.raises(InvalidInput):
                cls.parse(prefix + name + suffix)


def test_a_desk_at_the_entrance_is_a_walk_in_R_CMP_04() -> None:
    """R-CMP-04 (D10 二 1 当面投诉): a complaint made at the front desk, the lobby or the
    service desk (前台, 大堂, 服务台, 总台; Traditional and English too) is in person."""
    for text in (
        "前台",
        "大堂",
        "服务台",
        "总台",
        "前臺",
        "服務臺",
        "front desk",
        "Reception",
        "lobby",
        "前台投诉",
    ):
        assert Channel.parse(text) is Channel.IN_PERSON, text
        assert make(channel=text).forwarded_by == ""


def test_an_agency_that_forwards_is_the_forwarded_channel_R_CMP_04_R_CMP_07() -> None:
    """R-CMP-04 (D10 二 3 转交投诉): "<agency>转办" (转来, 转交, 转送, 交办) is forwarded, like
    12345转办, and keeps the spelling as ``forwarded_by``; a regulator among them (住建局,
    市长热线, 消协) is the R-CMP-07 signal, a street office (街道办) is not.  A lone 转办 keeps
    no forwarder, and 已转办 names no agency: refused, naming the argument."""
    cases = {
        "住建局转办": True,
        "市长热线转办": True,
        "消协转办": True,
        "房管局转来投诉": True,
        "街道办转办": False,
        "物业公司转交": False,
        "社区居委会交办": False,
        "區議會轉辦": False,
    }
    for text, regulator in cases.items():
        assert Channel.parse(text) is Channel.FORWARDED, text
        complaint = make(channel=text)
        assert complaint.channel is Channel.FORWARDED
        assert complaint.forwarded_by == text
        assert complaint.via_regulator is regulator, text
    assert make(channel="热线转办").forwarded_by == ""
    assert make(channel="转办").forwarded_by == ""
    with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel.*'已转办'"):
        make(channel="已转办")


@given(
    agency=st.text(alphabet="住建局街道办社区物业城管消防公司市区县委", min_size=2, max_size=8),
    verb=st.sampled_from(("转办", "转来", "转交", "转送", "交办")),
)
def test_any_agency_then_a_forwarding_verb_is_forwarded_R_CMP_04(agency: str, verb: str) -> None:
    """R-CMP-04 (property): any agency name of two characters or more, then a forwarding
    verb, reads as the forwarded channel and names its forwarder as spelled."""
    text = agency + verb
    assert Channel.parse(text) is Channel.FORWARDED
    assert make(channel=text).forwarded_by == text


def test_a_number_or_a_channel_word_before_a_forwarding_verb_names_no_agency_R_CMP_04() -> None:
    """R-CMP-04: 400转交 and 微信转来 say how a complaint came, not who passed it on: refused,
    never read as forwarded by a guess."""
    for text in ("400转交", "微信转来", "电话转交"):
        with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel"):
            Channel.parse(text, argument="channel")


# ---- a desk's own channel words: a numbered hotline, a placed counter, a qualified app,
# ---- a social platform's private message (R-CMP-04)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("95热线", Channel.PHONE),  # an airline's or a bank's 95xxx hotline
        ("95xxx热线", Channel.PHONE),
        ("95电话", Channel.PHONE),
        ("95530客服", Channel.PHONE),
        ("400客服", Channel.PHONE),
        ("800客服电话", Channel.PHONE),
        ("95热线投诉", Channel.PHONE),
        ("机场柜台", Channel.IN_PERSON),
        ("门店柜台", Channel.IN_PERSON),
        ("营业厅柜台", Channel.IN_PERSON),
        ("值机柜台投诉", Channel.IN_PERSON),
        ("银行柜面", Channel.IN_PERSON),
        ("會員APP", Channel.ONLINE),
        ("会员APP", Channel.ONLINE),
        ("手机APP", Channel.ONLINE),
        ("官方App", Channel.ONLINE),
        ("南航小程序", Channel.ONLINE),
        ("会员APP投诉", Channel.ONLINE),
        ("微博私信", Channel.ONLINE),
        ("微信留言", Channel.ONLINE),
        ("抖音私信", Channel.ONLINE),
        ("小红书私信投诉", Channel.ONLINE),
        ("私信", Channel.ONLINE),
        ("12315热线", Channel.FORWARDED),  # a regulator's hotline stays forwarded
    ],
)
def test_a_desks_own_channel_words_are_read_R_CMP_04(text: str, member: Channel) -> None:
    """R-CMP-04: a hotline named by its number (95xxx, 400, 800) then 热线, 电话 or 客服 is
    the phone; a counter with its place before it (机场柜台) is in person; an app, a mini
    program or a client with a qualifier before it (会员APP) and a social platform's private
    message (微博私信) are online; as a complaint (…投诉) too."""
    assert Channel.parse(text) is member
    assert make(channel=text).channel is member


@pytest.mark.parametrize(
    "text",
    [
        "95",  # a bare number names no channel
        "9热线",
        "客服",  # the phone or an online chat: unsaid
        "12315柜面",  # a regulator's number is no company's counter
        "网上柜台",  # reached online: no walk-in
        "视频柜台",
        "微信柜台",
        "12315柜台",
        "ABC柜台",
        "网上APP",
        "政务APP",  # a government office's app: left to the forwarded spellings
        "机场",
        "星巴克",
    ],
)
def test_unknown_channel_words_stay_refused_R_CMP_04(text: str) -> None:
    """R-CMP-04: a word that names no channel is refused as before, naming the argument and
    showing the text as given, with the hint to map a desk's own labels."""
    with pytest.raises(InvalidInput, match=rf"^channel: is not a known Channel.*'{text}'\)$"):
        Channel.parse(text, argument="channel")


_PLACES = "机场门店会员手机官方南航营业厅值机售票银行大"


@given(
    st.text(alphabet=_PLACES, min_size=1, max_size=6),
    st.sampled_from(["柜台", "柜面", "櫃檯"]),
    st.sampled_from(["APP", "app", "小程序", "客户端"]),
    st.sampled_from(["", "投诉"]),
)
def test_property_a_placed_counter_and_a_qualified_app_round_trip_R_CMP_04(
    place: str, counter: str, app: str, tail: str
) -> None:
    """Invariant (R-CMP-04): any place before a counter reads in person, any qualifier
    before an app online, followed by 投诉 or not; and the channel read, printed, reads
    back as itself (its label, its value)."""
    for text, member in (
        (place + counter + tail, Channel.IN_PERSON),
        (place + app + tail, Channel.ONLINE),
    ):
        read = Channel.parse(text)
        assert read is member, text
        assert Channel.parse(str(read)) is read
        assert Channel.parse(read.value) is read


@given(
    st.one_of(st.from_regex(r"95[0-9]{0,4}", fullmatch=True), st.sampled_from(["400", "800"])),
    st.sampled_from(["热线", "电话", "客服", "客服电话", "客服热线"]),
)
def test_property_a_numbered_hotline_is_the_phone_R_CMP_04(number: str, word: str) -> None:
    """Invariant (R-CMP-04): a 95xxx, 400 or 800 number then a phone word or 客服 is the
    phone, and prints and reads back as the phone."""
    read = Channel.parse(number + word)
    assert read is Channel.PHONE
    assert Channel.parse(str(read)) is Channel.PHONE
