"""The intake model of a complaint: kinds, categories, channels, levels and the record itself.

Every enumeration carries its Chinese ``label`` and a ``parse()`` that reads the
Chinese label, the English name (any case, spaces or hyphens for underscores)
and a few common variants.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from custops._enums import fold, holds_folded, member_check, parse_member
from custops._text import examples
from custops._validate import (
    AWARE,
    LABEL,
    NAME,
    OPTIONAL_TEXT,
    POSITIVE_INT,
    STRIPPED_TEXT,
    argument_name,
    field_converter,
    optional_check,
)
from custops.complaints._hanzi import HAN
from custops.enums import LabelledEnum, OrderedEnum, in_english
from custops.errors import InvalidInput
from custops.i18n import worded_in_english
from custops.money import FEN, ZERO, require_money

__all__ = [
    "CHANNEL_SPELLINGS",
    "REGULATOR_WORDS",
    "SECTOR_HOTLINES",
    "SECTOR_REGULATORS",
    "Category",
    "Channel",
    "Complaint",
    "Department",
    "HandlingClass",
    "Kind",
    "Role",
    "Severity",
    "Signal",
    "Unstated",
    "Validity",
]


# What a kind's or a category's spelling may be followed by (folded, the longer first): a
# CRM's class or issue (投诉类, 客户咨询类, 质量问题, 服务类问题).
_LABEL_SUFFIXES = ("类问题", "问题", "类")
# What a kind's spelling may follow (folded; any member): D14 四's 客户咨询类 names the
# customer's contact, so 客户投诉 and 客户咨询 are the kinds too.
_KIND_PREFIXES: Mapping[str, str | None] = MappingProxyType({"客户": None})


@worded_in_english
class Kind(LabelledEnum):
    """The kinds of contact: D14 四's three (R-CMP-01), praise, and nothing to handle.

    ``PRAISE`` (表扬) opens no complaint flow, only a commendation; ``NO_ACTION``
    (无需处理) asks for nothing (thanks, chit-chat, an empty text).

    >>> [k.label for k in Kind]
    ['咨询', '建议', '投诉', '表扬', '无需处理']
    """

    CONSULTATION = ("consultation", "咨询", "客户咨询类", "询问", "质询", "inquiry", "enquiry")
    SUGGESTION = ("suggestion", "建议", "推荐", "客户推荐类", "客户建议类", "提案", "proposal")
    COMPLAINT = ("complaint", "投诉", "客户投诉类", "申诉", "抱怨")
    PRAISE = ("praise", "表扬", "表彰", "赞扬", "好评", "commendation", "compliment")
    NO_ACTION = ("no_action", "无需处理", "无需跟进", "nothing", "none")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Kind:
        """The kind ``text`` names: any spelling, also after 客户 and before 类 or 问题 (D14
        四's 客户咨询类 / 客户推荐类 / 客户投诉类 read as 投诉类, 客户投诉, 咨询问题 are); else
        the refusal of ``text`` as given, naming ``argument``."""
        argument = argument_name(argument)
        try:
            return parse_member(
                cls, text, argument=argument, suffixes=_LABEL_SUFFIXES, prefixes=_KIND_PREFIXES
            )
        except InvalidInput as exc:
            if type(text) is not str or fold(text) not in _REPAIR_REQUESTS:
                raise
            raise InvalidInput.for_argument(
                exc.argument or argument, text, f"{exc.problem}; {REPAIR_REQUEST_HINT}"
            ) from None


#: Names of a repair request (报修): a ticket asking for work, not a complaint kind.
_REPAIR_REQUESTS = frozenset(
    fold(name)
    for name in (
        "报修", "工程报修", "维修", "维修申请", "报修单", "repair", "repair request",
        "repair_request", "maintenance",
    )
)  # fmt: skip

#: What a refusal of a repair request (报修) as a kind says to do instead.
REPAIR_REQUEST_HINT = (
    "a repair request is not a kind of complaint: the seed keeps repairs apart from "
    "complaints (D3 三 10-11, D3 四 4-5), so time it with an SLA target of your own "
    "(custops.sla.Target and due()) and count it outside the complaint review; a complaint "
    "about the quality of a repair is a complaint of category repair_quality (维修质量); "
    "docs/complaints.md, 'Repair requests and other tickets that are not complaints'"
)


@worded_in_english
@in_english(RETURN_EXCHANGE="return or exchange", PROPOSAL_CRITICISM="proposal or criticism")
class Category(LabelledEnum):
    """What a contact is about: D1 第一条's five categories (R-CMP-02), D10's return class, other.

    ``SERVICE_QUALITY`` covers staff attitude, negligence and waiting (D10 二 3.3);
    ``RETURN_EXCHANGE`` D10 二 3.2's product returns and any return or refund demand
    (退款, 退费: money paid back, as docs/labelling.md reads it); ``PROPOSAL_CRITICISM``
    D1 第一条 5 「提案,建议,批评与意见」.  Any spelling followed by 类 or 问题 is the same
    category (质量问题, 服务类).

    >>> Category.parse("提案建议批评意见") is Category.parse("提案") is Category.PROPOSAL_CRITICISM
    True
    >>> Category.parse("质量问题"), Category.parse("退款")
    (<Category.PRODUCT_QUALITY: 'product_quality'>, <Category.RETURN_EXCHANGE: 'return_exchange'>)

    English names a category by its key in words, the two keys that join two things by
    "or" (:attr:`~custops.enums.LabelledEnum.english_words`):

    >>> Category.RETURN_EXCHANGE.english_words, Category.SALES_CONTRACT.english_words
    ('return or exchange', 'sales contract')
    """

    PRODUCT_QUALITY = ("product_quality", "产品质量", "质量", "quality")
    SALES_CONTRACT = (
        "sales_contract",
        "销售合同",
        "购销合同",
        # D1 第一条 2's own words: 与新车销售购销合同有关的投诉
        "新车销售购销合同",
        "新车销售合同",
        "新车购销合同",
        "购车合同",
        "合同",
        "contract",
        "sales",
    )
    REPAIR_QUALITY = (
        "repair_quality",
        "维修质量",
        "维修",
        "维修保养",
        "維修保養",
        "repair",
        "maintenance",
    )
    # staff attitude is service quality (D10 二 3.3 工作人员的失职,工作态度), and so is the
    # 服务态度 a CRM writes
    SERVICE_QUALITY = (
        "service_quality",
        "服务质量",
        "服务",
        "服务态度",
        "工作态度",
        "态度",
        "service",
    )
    RETURN_EXCHANGE = (
        "return_exchange",
        "退换货",
        "退货",
        "换货",
        "退换",
        "退款",
        "退费",
        "return",
        "exchange",
        "refund",
    )
    PROPOSAL_CRITICISM = (
        "proposal_criticism",
        "建议批评",
        "提案建议批评意见",
        "建议",
        "批评",
        "意见",
        "提案",
        "批评与意见",
        "批评意见",
        "意见建议",
        "proposal",
        "criticism",
    )
    OTHER = ("other", "其他", "其它")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Category:
        """The category ``text`` names: any spelling, also followed by 类 or 问题
        (质量问题, 服务类); else the refusal of ``text`` as given, naming ``argument``."""
        return parse_member(cls, text, argument=argument, suffixes=_LABEL_SUFFIXES)


#: Every spelling of a channel an application may pass (R-CMP-04; wish 1 of the desk
#: audit): the key, the Chinese label, then variants, read case-, width- and
#: space-insensitively, in simplified or Traditional characters (``custops._enums.fold``);
#: each also followed by 投诉 (投訴) or "complaint" (热线投诉, 网络投诉, 12315投诉, email
#: complaint: :meth:`Channel.parse`), a phone spelling also after a 400 or 800 number
#: (800客服热线), an online one after 微信 or "WeChat" (微信公众号, 微信小程序, 微信服务号).
#: A complaint transferred by a regulator or a government hotline (12315, 12345 市长热线, 消协,
#: 信访, 转办) is *forwarded* (D10 二 3 转交投诉; D14 三(二) 2–3 其它部门转来的); the spelling
#: that names the regulator is kept as :attr:`Complaint.forwarded_by`, a major-complaint
#: signal (R-CMP-07).  Any agency's name followed by 转办, 转来, 转交, 转送 or 交办 is
#: forwarded too (住建局转办, 街道办转来, 市长热线转办), its spelling kept as ``forwarded_by``
#: (a regulator only when :data:`REGULATOR_WORDS` names it).  A desk at the entrance (前台,
#: 大堂, 服务台, 总台) is a walk-in: in person.  ``mail``/``邮件``/``电邮`` mean e-mail, as
#: they do in a ticket system: online; a posted letter is written (``post``, ``信件``,
#: ``来信``).  A web form, a message left on a website (``web form``, ``online form``,
#: ``网页表单``, ``表单``, ``留言``, ``留言板``) is written online: online, as a website
#: is; D5's 书面投诉 is paper that reaches the quality supervisor.  The English labels a CRM
#: stores read as their Chinese counterparts do: ``live chat``, ``web chat``, ``mobile app``
#: and the messaging and social platforms (``WhatsApp``, ``Messenger``, ``Facebook``,
#: ``Instagram``, ``Telegram``, ``Twitter``, ``TikTok``; 微信, 微博 and 抖音 are) online;
#: ``in-store``, ``store``, ``counter``, ``service desk`` and ``showroom`` in person (门店,
#: 柜台, 服务台, 展厅).  ``LINE`` alone is not read (a phone line, or the messaging app?).
CHANNEL_SPELLINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "phone": (
            "电话",
            "热线",
            "热线电话",
            "400热线",
            "400电话",
            "800热线",
            "800电话",
            "400",
            "800",
            "客服电话",
            "客服热线",
            "服务热线",
            "投诉热线",
            "投诉电话",
            "来电",
            "致电",
            "呼叫中心",
            "電話",
            "熱線",
            "來電",
            "telephone",
            "hotline",
            "call",
            "phone call",
            "call centre",
            "call center",
            "tel",
        ),
        "written": (
            "书面",
            "信函",
            "信件",
            "来信",
            "邮寄",
            "传真",
            # a letter of complaint (投诉信), as 信函 and 来信 are
            "投诉信",
            "投訴信",
            "書面",
            "letter",
            "post",
            "postal mail",
            "fax",
        ),
        "in_person": (
            "现场",
            "当面",
            "口头",
            "来访",
            "到店",
            # a car dealer's showroom (展厅): the customer walked in, as 门店 and 到店 say
            "展厅",
            "展廳",
            "面谈",
            "上门",
            "门店",
            "营业厅",
            "服务大厅",
            "營業廳",
            "服務大廳",
            "前台",
            "大堂",
            "服务台",
            "总台",
            # a bank's or an insurer's counter (柜面, 柜台)
            "柜面",
            "柜台",
            "櫃面",
            "櫃檯",
            "櫃台",
            "前臺",
            "服務台",
            "服務臺",
            "總台",
            "現場",
            "當面",
            "來訪",
            "on site",
            "onsite",
            "walk-in",
            "front desk",
            "reception",
            "lobby",
            "visit",
            "face to face",
            # a CRM's English labels for the walk-in, as 门店, 到店, 柜台 and 展厅 are
            "in-store",
            "store",
            "store visit",
            "in shop",
            "counter",
            "service counter",
            "service desk",
            "showroom",
        ),
        "forwarded": (
            "转交",
            "转来",
            "转办",
            "12315",
            "12345",
            "12315转办",
            "12345转办",
            "监管转办",
            "消协转办",
            "12315平台",
            "12315热线",
            "12345热线",
            "市长热线",
            "市民热线",
            "政府热线",
            "政务热线",
            "政务服务热线",
            "热线转办",
            "消协",
            "消费者协会",
            "信访",
            # a report passed on by the company's own branch or courier (网点反馈, 快递员反馈;
            # D14 三(二) 2–3 其它部门转来的): its spelling kept as ``forwarded_by``
            "网点反馈",
            "快递员反馈",
            "网点上报",
            "快递员上报",
            "轉交",
            "轉辦",
            "referred",
            "transferred",
            "government hotline",
        ),
        "online": (
            "网络",
            "在线",
            "网上",
            "网站",
            "官网",
            "微信",
            "公众号",
            "服务号",
            "订阅号",
            "小程序",
            "企业微信",
            "应用商店",
            "应用市场",
            "邮件",
            "电子邮件",
            "电邮",
            "短信",
            "在线客服",
            "在线留言",
            "网上留言",
            "网站留言",
            "留言",
            "留言板",
            "网页",
            "网页表单",
            "表单",
            "在线表单",
            "网上表单",
            "app内",
            # the company's mobile app, as APP is (手机APP, 手机App)
            "手机app",
            "手機app",
            "微博",
            # a private message on a social platform (微博私信, 抖音私信: the platform before it)
            "私信",
            "私訊",
            "private message",
            # short-video and social platforms' messages and comments
            "抖音",
            "快手",
            "小红书",
            "網絡",
            "網路",
            "線上",
            "網站",
            "郵件",
            "電子郵件",
            "簡訊",
            "web",
            "website",
            "web form",
            "online form",
            "contact form",
            "app",
            "email",
            "mail",
            "wechat",
            "weibo",
            "douyin",
            "mini program",
            "official account",
            "app store",
            # app stores and game and review platforms by their own names (TapTap, B站, 应用宝,
            # 华为应用市场, Google Play, 黑猫投诉): a review or a comment written there
            "taptap",
            "b站",
            "bilibili",
            "哔哩哔哩",
            "应用宝",
            "华为应用市场",
            "苹果应用商店",
            "google play",
            "知乎",
            "贴吧",
            "黑猫投诉",
            "sms",
            "text message",
            "chat",
            # a CRM's English labels for chat, the company's app and the messaging and social
            # platforms, read as 在线客服, 手机APP, 微信 and 微博 are: the customer's written
            # words online
            "live chat",
            "web chat",
            "online chat",
            "mobile app",
            "in-app",
            "whatsapp",
            "messenger",
            "facebook",
            "facebook messenger",
            "instagram",
            "telegram",
            "twitter",
            "tiktok",
            "social media",
            "direct message",
            "dm",
            # a message left, as 留言 is
            "message",
        ),
    }
)


# The forwarded-channel spellings, folded, that name a regulator, the consumer association
# or a government hotline (R-CMP-07): a complaint received through one keeps it.
_REGULATORS = frozenset(
    fold(spelling)
    for spelling in CHANNEL_SPELLINGS["forwarded"]
    if not spelling.startswith(("转", "轉"))
    and spelling not in ("referred", "transferred", "热线转办")  # (passed on: by whom unsaid)
)
# Every channel spelling, folded: one read as it is names no agency of its own (热线转办).
_SPELLED = frozenset(fold(s) for spellings in CHANNEL_SPELLINGS.values() for s in spellings)
# The spellings of the channels a complaint comes *by* (not forwarded), folded: 电话转交 says how.
_HOW = frozenset(
    fold(s) for key, spellings in CHANNEL_SPELLINGS.items() if key != "forwarded" for s in spellings
)
#: The sector regulators' complaint hotlines a Chinese customer-service desk meets (R-CMP-07):
#: telecom (12300, MIIT's 电信用户申诉受理中心), post and couriers (12305, the postal
#: bureau's complaint line, since 2025 also reached through 12345), banking and insurance
#: (12378), the central bank's financial-consumer line (12363), civil aviation (12326,
#: 民航服务质量监督电话), energy and electricity (12398, 能源监管热线) and health (12320,
#: 卫生热线); then the regulators of the trades an online or a travel desk meets: the
#: internet's reporting centre (12377, 违法和不良信息举报中心, run by the 网信办) and MIIT's
#: spam and fraud-call centre (12321), the culture market's reporting line (12318, 文化市场
#: 举报; online games, shows, venues), transport (12328, 交通运输服务监督电话), medicines
#: (12331, 药品投诉举报), tax (12366: an invoice refused, 可以12366举报) and securities
#: (12386, 证监会投资者热线).  The labour service line (12333 人社) is not one: it answers
#: questions about one's own social insurance, and a customer who called it complained to
#: no one (人社局 by name is a regulator all the same).
SECTOR_HOTLINES: tuple[str, ...] = (
    "12300",
    "12305",
    "12378",
    "12363",
    "12326",
    "12398",
    "12320",
    "12377",
    "12321",
    "12318",
    "12328",
    "12331",
    "12366",
    "12386",
)
#: The sector regulators themselves (R-CMP-07), as customers and desks name them: telecom
#: (工信部 and the provinces' 通信管理局), post (国家邮政局, the provinces' 邮政管理局),
#: banking and insurance (金融监管总局 — 国家金融监督管理总局, NFRA — and its forerunners
#: 银保监会 (CBIRC), 银监会, 保监会), the central bank (人民银行, 人行, 央行, PBOC), civil
#: aviation (民航局), energy (能源局) and health (卫健委); then the internet's and
#: publishing's regulators, who license and police online games, apps and content (网信办 —
#: 国家/中央/省委网信办, 互联网信息办公室 —, 国家新闻出版署 and the provinces' 新闻出版局 and
#: 出版局, 广电总局 and 广电局), the culture market's enforcement (文化市场综合执法, 文化执法),
#: the ministry and departments of culture and tourism (文旅部, 文化和旅游部, 文旅厅) and
#: transport (交通运输部, 交通运输厅, 交通运输局).  The Latin abbreviations are written in
#: lower case, as folded text and the classifier's normalised text read them.
SECTOR_REGULATORS: tuple[str, ...] = (
    "工信部",
    "工业和信息化部",
    "通信管理局",
    "通管局",
    "电信用户申诉受理中心",
    "国家邮政局",
    "邮政管理局",
    "金融监管总局",
    "金融监督管理总局",
    "nfra",
    "银保监",
    "cbirc",
    "银监",
    "保监",
    # a bureau by its short name: 监管局 (金融监管局, 银保监局, 保监局, 银监局)
    "监管局",
    "保监局",
    "银监局",
    "人民银行",
    "人行",
    "央行",
    "pboc",
    "民航局",
    "能源局",
    "卫健委",
    "卫生健康委",
    # the internet, publishing and culture market regulators (online games, apps, content)
    "网信办",
    "网信部门",
    "互联网信息办公室",
    "新闻出版署",
    "新闻出版局",
    "出版局",
    "广电总局",
    "广电局",
    "文化市场综合执法",
    "文化执法",
    "文旅部",
    "文化和旅游部",
    "文旅厅",
    "文化和旅游厅",
    # transport (a bare 交通局 is among the trade bureaus of REGULATOR_WORDS)
    "交通运输部",
    "交通运输厅",
    "交通运输局",
)
#: The words that make a ``forwarded_by`` a regulator (R-CMP-07), read in its folded form:
#: the hotlines (12315, 12345 and :data:`SECTOR_HOTLINES`), market regulation, the
#: consumer association and council, petitions, :data:`SECTOR_REGULATORS` and the bureaus
#: of a trade (教育局, 卫生局, 人社局, 文旅局, 税务局, …): every authority the classifier's
#: regulator rule reads in a text is one.  The default of ``SeverityPolicy.regulators``,
#: which a desk extends with its own forwarding bodies (or narrows: a desk that does not
#: count a body's forwarding as major gives the words without it).
REGULATOR_WORDS: tuple[str, ...] = (
    "12315",
    "12345",
    "监管",
    "市场监督",
    "市监局",
    "工商局",
    "消协",
    "消费者协会",
    # the consumer council (Shenzhen, Guangzhou, Hong Kong, Macau: 消委会, 消費者委員會)
    "消委会",
    "消费者委员会",
    "市长热线",
    "市民热线",
    "政府热线",
    "政务热线",
    "信访",
    "住建局",
    "住建委",
    "住房和城乡建设",
    "房管局",
    # an appeal to the postal regulator as couriers' customers write it (邮政局申诉)
    "邮政局申诉",
    "邮政申诉",
    # the bureaus that regulate a trade, as the classifier's regulator rule reads them in a
    # text (去教育局投诉): education (schools, training institutions), health, medicines,
    # quality, prices, tax, labour, culture and tourism, transport, tobacco, securities, the
    # consumer-protection bodies and the mayor's mailbox — one list for the text and for
    # ``forwarded_by`` (教育局转办), kept so by tests/test_complaints_regulators.py
    "教育局",
    "教委",
    "教育委员会",
    "教育厅",
    "卫生局",
    "卫计委",
    "卫生健康局",
    "药监局",
    "食药监",
    "质监局",
    "质量技术监督",
    "物价局",
    "税务局",
    "人社局",
    "劳动监察",
    "文旅局",
    "文化和旅游局",
    "旅游局",
    "交通局",
    # the road-transport authority by its office (运管所, 运管局, 运管处): a bare 运管
    # (运营管理) is a company's own operations department (集团运管部, 公司运管中心)
    "运管所",
    "运管局",
    "运管处",
    "道路运输管理",
    "烟草局",
    # single-purpose prepaid cards (单用途商业预付卡: gyms, salons, training) are the commerce
    # departments' (商务局, 商务委, 商务厅); sports venues and gyms the sports bureau's.  A bare
    # 商务部门 is also a company's own business department: read in a text only (去商务部门投诉)
    "商务局",
    "商务委",
    "商务厅",
    "体育局",
    "证监会",
    "金管局",
    "民航总局",
    "银行业协会",
    "工商所",
    "工商部门",
    # a consumer-protection office (消保处, 消保官) is a regulator's only after its name
    # (人民银行消保处, 金管局消保处: read by that name); a bank's own 总行消保处 is not one
    "消保委",
    "消基会",
    "消费者权益保护委员会",
    "消费者权益委员会",
    "市长信箱",
    "regulator",
    "consumerassociation",
    "consumercouncil",
    "governmenthotline",
    *SECTOR_HOTLINES,
    *SECTOR_REGULATORS,
)


#: What a channel's spelling may be followed by (folded): "a hotline complaint" is the
#: hotline's (热线投诉, 熱線投訴, phone complaint).
_COMPLAINT_WORDS = ("投诉", "complaints", "complaint")


# What a channel's spelling may follow (folded) and the channel it reads then: a hotline's
# number before a phone spelling (400客服电话, 800热线), WeChat or a social platform before an
# online one (微信公众号, 微信小程序, 微博私信), 线下 ("offline") before an in-person one
# (线下门店, 线下营业厅, 线下柜台: the walk-in, as 门店 is; 线下 alone names no channel).
_CHANNEL_PREFIXES: Mapping[str, str | None] = MappingProxyType(
    {
        "400": "PHONE",
        "800": "PHONE",
        "微信": "ONLINE",
        "wechat": "ONLINE",
        "app": "ONLINE",
        # a social platform before an online spelling: its private message or message left
        # (微博私信, 抖音私信, 小红书留言), the customer's written words online (R-SLA-06)
        "微博": "ONLINE",
        "weibo": "ONLINE",
        "抖音": "ONLINE",
        "douyin": "ONLINE",
        "快手": "ONLINE",
        "小红书": "ONLINE",
        # the messaging and social platforms by their English names, as 微博 and 抖音 above
        # (WhatsApp message, Facebook private message, Instagram DM)
        "whatsapp": "ONLINE",
        "facebook": "ONLINE",
        "messenger": "ONLINE",
        "instagram": "ONLINE",
        "telegram": "ONLINE",
        "twitter": "ONLINE",
        "tiktok": "ONLINE",
        "线下": "IN_PERSON",
        "offline": "IN_PERSON",
    }
)
# The phone spellings, folded: a company's own hotline number before one is the phone
# (10086热线, 95555客服电话), when no regulator's number is among its words.
# A hotline number may also be named by its 95 prefix (95热线, 95xxx客服: the national
# five-digit service numbers of airlines, banks and insurers) and then 客服 (95530客服,
# 400客服): the company's customer service reached by that number.
_PHONE_WORDS = frozenset(fold(s) for s in (*CHANNEL_SPELLINGS["phone"], "客服"))
_NUMBERED = re.compile(r"(?P<number>(?:\d{3,}|95)x*(?:-\d+)*)(?P<rest>\D.*)")


# What may follow a regulator's name in a channel spelling (folded): how it passed the
# complaint on (转办, 转来, …), its hotline, platform or site, or the customer's appeal to it.
_REGULATOR_CHANNEL_ENDS = (
    "", "转办", "转来", "转交", "转送", "交办", "督办", "热线", "平台", "网站", "申诉", "举报",
)  # fmt: skip


_REGULATOR_FOLDED = tuple(dict.fromkeys(fold(word) for word in REGULATOR_WORDS))

# What may follow a regulator's word inside the body's name (folded), before how it passed
# the complaint on: the rest of the name (保监 of 保监会, 通信管理 of 通信管理局, 12345 of
# 12345政务热线, 工商 of 工商部门), a regulator's office (人民银行消保处) or its reporting
# centre or enforcement unit (12377举报中心, 文化市场综合执法大队).  Nothing else:
# more digits (12345678 is a phone number, not 12345) or other words (人社局官网, 旅游局隔壁
# 门店, 教委小程序) name no forwarding.
_REGULATOR_NAME_TAILS = frozenset(
    {
        "",
        "会",
        "局",
        "管理局",
        "部门",
        "政务",
        "政务服务便民",
        "便民",
        "消保处",
        "消保局",
        "举报中心",
        "大队",
        "支队",
        "总队",
    }
)


def _regulator_channel(folded: str) -> bool:
    """Whether a folded channel spelling (without its trailing 投诉) is a regulator named by
    a word of :data:`REGULATOR_WORDS` — the one vocabulary the text rules and
    ``forwarded_by`` read too (R-CMP-07) — then how it passed the complaint on
    (12300转办, 12378转办, 12300热线, 工信部申诉, 浙江省通信管理局转来, CBIRC转办); a
    channel's own word or a number before it names how, not who (微信12315 is refused).
    The word may be the start of the body's name (保监 of 保监会督办, 12345 of
    12345政务热线), but only a known rest of a name may follow it: a word inside other text
    (12345678, 电话（12345678）, 人社局官网, regulatory letter) is no regulator's channel
    (R-CMP-04)."""
    for end in _REGULATOR_CHANNEL_ENDS:
        if not folded.endswith(end):
            continue
        named = folded.removesuffix(end) if end else folded
        for word in _REGULATOR_FOLDED:
            at = named.find(word)
            while at >= 0:
                before, rest = named[:at], named[at + len(word) :]
                if rest in _REGULATOR_NAME_TAILS and not (
                    before in _HOW or before in _CHANNEL_PREFIXES or before.isdigit()
                ):
                    return True
                at = named.find(word, at + 1)
    return False


# The complaint hotlines and the mayor's mailbox by name (R-CMP-04, R-CMP-07): 12315, 12345,
# the sector regulators' numbers (:data:`SECTOR_HOTLINES`), each with the rest of its name
# at will (12345政务服务便民热线, 12345市民热线), and the hotlines named in words.  Each takes
# complaints by every channel a citizen reaches it by: its line, its site, WeChat, its app,
# mini program, SMS, mail, a letter; whichever the citizen used, the company receives the
# complaint from the hotline, forwarded.
_HOTLINE_NUMBERS = ("12315", "12345", *SECTOR_HOTLINES)
_HOTLINE_NAME_TAILS = ("政务服务便民", "政务服务", "政务", "市民服务", "市民", "便民服务", "便民")
_HOTLINE_WORDS = ("市长热线", "市民热线", "政府热线", "政务热线", "政务服务热线", "市长信箱")
_HOTLINE = re.compile(
    rf"(?P<before>{HAN}{{0,8}}?)"
    rf"(?P<name>(?:{'|'.join(_HOTLINE_NUMBERS)})(?!\d)(?:{'|'.join(_HOTLINE_NAME_TAILS)})?"
    rf"|{'|'.join(_HOTLINE_WORDS)})"
    r"(?P<rest>.*)"
)
# How a hotline hands a complaint on (folded, the longer first): its work order (工单, 派单,
# 交办单: a 12345 export's own words), a transfer (转办, 转来 …), the citizen's appeal.
_HOTLINE_HANDOVERS = (
    "交办单", "督办单", "转办单", "转办", "转来", "转交", "转送", "转单", "交办", "督办",
    "工单", "派单", "来件", "申诉", "举报",
)  # fmt: skip
# The hotline's own intake words that are no channel spelling of their own (folded).
# (客服: the hotline's own operator, as 12345热线 is its line)
_HOTLINE_PLACES = frozenset({"平台", "网站", "信箱", "网络平台", "留言板", "客服"})


def _hotline_intake(folded: str) -> bool:
    """Whether a folded channel spelling (without its trailing 投诉) is a complaint hotline
    (12345, 12315, a sector regulator's number, 市长热线, 市长信箱) then, at will, the channel
    the citizen reached it by — its line, site, WeChat, official account, mini program, app,
    SMS, mail, online form, a letter (12345微信, 12345小程序, 12345APP, 12345短信, 市长热线微信,
    市长信箱留言) — then, at will, how it handed the complaint on (12345工单, 12345热线转办):
    forwarded by that hotline, as 12345网站 and 12345热线 are (R-CMP-04, R-CMP-07).  A number
    that runs on (12345678), a channel word before the hotline (微信12315: how, not who),
    or a walk-in after it names no hotline's forwarding."""
    found = _HOTLINE.fullmatch(folded)
    if found is None:
        return False
    before, rest = found["before"], found["rest"]
    if before and (before in _HOW or before in _CHANNEL_PREFIXES):
        return False
    for handover in (*_HOTLINE_HANDOVERS, ""):
        if rest.endswith(handover):
            intake = rest.removesuffix(handover) if handover else rest
            if _hotline_channel(intake):
                return True
    return False


def _hotline_channel(intake: str) -> bool:
    """Whether ``intake`` (folded) is how a citizen reaches a hotline: nothing, the
    hotline's own place (平台, 网站, 信箱), or a phone, written or online spelling (热线,
    微信, 微信公众号, app, 短信, 邮件), not a platform's name nor more digits."""
    if not intake or intake in _HOTLINE_PLACES:
        return True
    if intake[0].isdigit() or _PLATFORM_START.match(intake):
        return False
    try:
        member = parse_member(Channel, intake, argument="text", prefixes=_CHANNEL_PREFIXES)
    except InvalidInput:
        return False
    return member in (Channel.PHONE, Channel.WRITTEN, Channel.ONLINE)


def _numbered_phone(folded: str) -> bool:
    """Whether a folded channel spelling is a company's hotline number then a phone spelling
    or 客服 (``10086热线``, ``95555客服电话``, ``95热线``, ``95xxx客服``, ``400客服``): the
    phone (R-CMP-04).  A regulator's or a government hotline's number (12315客服, 12345客服)
    is no company's: it reads only as its forwarded spellings do, else is refused."""
    found = _NUMBERED.fullmatch(folded)
    if found is None or found["rest"] not in _PHONE_WORDS:
        return False
    number = found["number"]
    return not any(number.startswith(word) for word in _REGULATOR_NUMBERS)


# The regulators' and government hotlines' numbers (12315, 12345, 12300 …), folded: a number
# starting with one names no company's own hotline.
_REGULATOR_NUMBERS = tuple(
    word for word in (*_REGULATOR_FOLDED, *(fold(s) for s in _REGULATORS)) if word.isdigit()
)


# A counter, a front desk or a reception with the place it stands before it (机场柜台, 门店柜台,
# 营业厅柜台, 值机柜台, 售后前台, 酒店前台, 展厅接待): a walk-in, in person (R-CMP-04), as 柜台
# and 前台 alone are.  The place is Chinese words of its own; one that says the counter is
# reached online or remotely (网上柜台, 掌上营业厅柜台, 视频柜台, 微信柜台) or by a call or a
# message (电话接待, 热线前台, 客服接待, 留言接待) is no place, and a regulator or a government
# office before it is left to its own spellings (refused here).
_PLACED_COUNTER = re.compile(
    rf"(?P<place>{HAN}{{1,8}}?)(?:柜台|柜面|櫃台|櫃檯|櫃面|前台|前臺|服务台|服務台|服務臺|总台|總台"
    r"|接待台|接待处|接待處|接待)"
)
# A qualifier before an app, a mini program, a client or an official account (会员APP,
# 手机APP, 官方APP, 南航小程序, 会员客户端): the company's own, online (R-CMP-04).
_QUALIFIED_ONLINE = re.compile(rf"(?P<qualifier>{HAN}{{1,8}}?)(?:app|小程序|客户端|公众号)")
# Words that make a place or a qualifier name no company's own counter or app: reached
# online or remotely, or a regulator's or a government office's (left to its spellings).
_NOT_OWN = (
    "网", "線", "线上", "在线", "掌上", "电子", "云", "视频", "远程", "虚拟", "微信",
    "政务", "政府", "市长", "市民", "信访", "监管", "消协", "消费者", "转",
    "运管",  # the road-transport authority's (运管所, 运管局) or a company's: unsaid
)  # fmt: skip


def _own_word(word: str) -> bool:
    """Whether ``word`` (a place or a qualifier, folded) may name the company's own counter
    or app: none of :data:`_NOT_OWN` and no regulator's word in it."""
    return not any(mark in word for mark in _NOT_OWN) and not any(
        regulator in word for regulator in _REGULATOR_FOLDED
    )


def _placed_counter(folded: str) -> bool:
    """Whether a folded channel spelling is a counter with its place before it
    (``机场柜台``, ``营业厅柜台``): in person (R-CMP-04)."""
    found = _PLACED_COUNTER.fullmatch(folded)
    if found is None:
        return False
    place = found["place"]
    return _own_word(place) and not any(word in place for word in _REMOTE_WORDS)


# The Chinese phone, written and online spellings (folded), and 客服: a place that holds one
# is reached by a call or a message, not walked into (电话接待, 客服前台).
_REMOTE_WORDS = tuple(
    sorted(
        {
            fold(s)
            for key in ("phone", "written", "online")
            for s in CHANNEL_SPELLINGS[key]
            if not s.isascii()
        }
        | {"客服"}
    )
)


def _qualified_online(folded: str) -> bool:
    """Whether a folded channel spelling is an app, mini program, client or official
    account with a qualifier before it (``会员app``, ``官方app``, ``南航小程序``, a brand's
    app: ``掌上生活app``, ``手机银行app``): online (R-CMP-04).  A word that says online
    (掌上, 网上, 云) is no bar here, as it is for a counter: an app is online whatever its
    name; a regulator's or a government office's is still left to its spellings."""
    found = _QUALIFIED_ONLINE.fullmatch(folded)
    if found is None or _ONLINE_ONLY.fullmatch(found["qualifier"]):
        return False  # 网上APP, 在线小程序: no one's app named
    return _not_official(found["qualifier"])


# A qualifier made only of words that say online (网上, 在线, 掌上 …): it names no app.
_ONLINE_ONLY = re.compile(
    "(?:网上|网络|網上|網絡|线上|線上|在线|在線|掌上|电子|云|视频|远程|虚拟|微信)+"
)


# The words of :data:`_NOT_OWN` that name a government office or a handover, not a way
# of reaching the company online.
_OFFICIAL_MARKS = ("政务", "政府", "市长", "市民", "信访", "监管", "消协", "消费者", "转", "运管")


def _not_official(word: str) -> bool:
    """Whether ``word`` (folded) names no regulator nor a government office."""
    return not any(mark in word for mark in _OFFICIAL_MARKS) and not any(
        regulator in word for regulator in _REGULATOR_FOLDED
    )


# The Chinese phone spellings (folded) a qualifier may come before (信用卡客服热线,
# 信用卡中心热线, 售后服务热线): the company's own line, named by its business or its centre.
_QUALIFIABLE_PHONE = frozenset(
    fold(s) for s in CHANNEL_SPELLINGS["phone"] if not s.isascii() and not s[0].isdigit()
)
# A national service number alone (95588, 95555: the five-digit 95xxx numbers are assigned
# to banks', insurers' and airlines' customer-service lines) or a full 400 or 800 number
# (400-820-8820): a call to the company's hotline, the phone.
_SERVICE_NUMBER = re.compile(r"95\d{3}|(?:400|800)-?\d{3}-?\d{4}")


def _qualified_phone(folded: str) -> bool:
    """Whether a folded channel spelling is a phone spelling with the company's own
    qualifier before it (``信用卡客服热线``, ``信用卡中心热线``, ``售后服务热线``), or a
    national service number alone (``95588``, ``400-820-8820``): the phone (R-CMP-04), as
    ``客服热线`` and ``400热线`` are.  A qualifier that names a regulator, a government
    office (市长, 政务: forwarded or refused by their own spellings) or another channel
    (微信热线, 在线客服热线) reads no phone."""
    if _SERVICE_NUMBER.fullmatch(folded):
        return True
    for at in range(1, min(len(folded), 9)):
        qualifier, rest = folded[:at], folded[at:]
        if rest in _QUALIFIABLE_PHONE and all(_HAN_CHAR(c) for c in qualifier):
            # a platform's customer service (京东客服电话) says where, not which way: refused
            platform = any(name in qualifier for name in _PLATFORM_FOLDED)
            return (
                _own_word(qualifier)
                and not platform
                and not any(w in qualifier for w in _REMOTE_WORDS)
            )
    return False


_HAN_CHAR = re.compile(HAN).fullmatch

# A bank's or a company's branch, with its place or owner before it at will (网点, 营业网点,
# 银行网点, 支行, 招行支行, 营业部): the customer walked in, in person (R-CMP-04), as 门店
# and 营业厅 are; a branch's own report (网点上报) is forwarded, read before this.
_BRANCH = re.compile(rf"(?P<place>{HAN}{{0,8}}?)(?:网点|網點|支行|分行|营业部|營業部)")


def _branch_walk_in(folded: str) -> bool:
    """Whether a folded channel spelling is a branch (``网点``, ``营业网点``, ``支行``): in
    person (R-CMP-04); a place that says online or remote (网上网点) or a regulator's or a
    government office's is no branch of the company's."""
    found = _BRANCH.fullmatch(folded)
    if found is None:
        return False
    place = found["place"]
    return _own_word(place) and not any(word in place for word in _REMOTE_WORDS)


def _channel_stem(folded: str) -> str:
    """A folded channel spelling without a trailing 投诉 or "complaint" (``热线投诉`` →
    ``热线``); as it is when it has none, or is nothing else."""
    for word in _COMPLAINT_WORDS:
        if folded.endswith(word) and folded != word:
            return folded.removesuffix(word)
    return folded


# An agency that passes a complaint on (R-CMP-04; D10 二 3 转交投诉), read on a folded channel
# spelling without its trailing 投诉: a name of two characters or more, then 转办, 转来, 转交,
# 转送 or 交办 (住建局转办, 街道办转来, 物业公司转交; the Traditional forms too).  A lone 转办 or
# 已转办 names no agency, nor does a number or a channel's own word (400转交, 微信转来): each is
# read by the spellings alone.
_AGENCY_FORWARD = re.compile(r"(?P<agency>\w{2,}?)(转办|转来|转交|转送|交办|轉辦|轉來|轉交|轉送)")


# A report passed on by the company's own outlet, branch, courier or another department (R-CMP-04;
# D14 三(二) 2–3 其它部门转来的, 由其它部门反馈的): the unit's word, then 上报 or 反馈 (网点上报,
# 分公司反馈, 快递员上报, 其他部门反馈).  Forwarded, its spelling kept as ``forwarded_by`` (no
# regulator's: R-CMP-07).  A unit that is itself a walk-in channel's word (门店上报, 营业厅反馈:
# the customer came in, or the store passed it on?) or no unit at all (上报, 客户反馈) is
# refused, saying how to map it.
_OWN_UNITS = (
    "网点", "服务网点", "售后网点", "维修网点", "快递员", "配送员", "快递站", "站点", "驿站",
    "分公司", "子公司", "办事处", "其他部门", "其它部门", "兄弟部门",
)  # fmt: skip
_OWN_UNIT_REPORT = re.compile(f"(?:{'|'.join(_OWN_UNITS)})(?:上报|反馈)")


def _own_unit_report(folded: str) -> bool:
    """Whether a folded channel spelling (without its trailing 投诉) is a report passed on by
    the company's own unit (``网点上报``, ``分公司反馈``): forwarded (R-CMP-04)."""
    return _OWN_UNIT_REPORT.fullmatch(folded) is not None


def _forwarding_agency(folded: str) -> str:
    """The agency a folded channel spelling says forwarded the complaint (``住建局转办`` →
    ``住建局``), or ``""`` when it names none."""
    found = _AGENCY_FORWARD.fullmatch(_channel_stem(folded))
    agency = "" if found is None else found["agency"]
    # a number (400转交) or a channel's own word (微信转来, 电话转交) names how, not who
    if agency.isdigit() or agency in _HOW or agency in _CHANNEL_PREFIXES:
        return ""
    # a booking or review platform hands over the guest's written complaint: online
    if _platform_handover(folded):
        return ""
    return agency


# A booking, travel, shopping or review platform handing over a customer's complaint, read on
# a folded channel spelling without its trailing 投诉 (R-CMP-04): its name (携程, 美团, 飞猪,
# 去哪儿, 大众点评, 抖音, 淘宝, 京东 …), 平台 or APP at will, then how it handed the complaint
# over (转办, 转单, 转来, 转交, 工单), after the platform's customer service at will (京东客服转单,
# 天猫官方客服转来, 拼多多平台客服转单).  The customer wrote the complaint on the platform, so it
# is the written complaint online (R-SLA-06), whatever word the platform's ticket uses; a
# regulator's 转办 (12345转办) is no platform's and stays forwarded (R-SLA-07, R-CMP-07).
# An app store or a review and social platform (苹果, App Store, 华为应用市场, 应用宝,
# TapTap, B站, 微博, 知乎, 黑猫投诉) hands over a review or a comment the same way, and its
# review is named as one (App Store评论, TapTap评价, B站差评): online too.  A name not
# listed stays unread (refused, naming the value): the desk maps its own.
# The platforms a customer may complain on (R-CMP-04), one line each: its names, long forms
# (苏宁易购, 美团外卖, 京东自营) and Traditional and Latin spellings.  Every channel rule on a
# platform reads this one table, so each spelling of each platform reads alike: named alone
# (or with 平台, APP or its shop: 京东, 淘宝店铺, 天猫旗舰店) it is the written complaint
# online, a message on that platform (R-SLA-06); its handover (X转单, X客服转单) is online too.
_PLATFORMS: tuple[tuple[str, ...], ...] = (
    ("携程", "攜程", "携程旅行", "攜程旅行", "ctrip", "trip.com", "tripcom"),
    ("美团", "美團", "美团外卖", "美團外賣", "美团点评", "美團點評", "meituan"),
    ("飞猪", "飛豬", "飞猪旅行", "飛豬旅行", "fliggy"),
    ("去哪儿", "去哪兒", "去哪儿网", "去哪兒網", "qunar"),
    ("大众点评", "大眾點評", "点评", "點評", "dianping"),
    ("抖音", "抖音商城", "抖店", "douyin"),
    ("快手", "快手小店", "kuaishou"),
    ("小红书", "小紅書", "xiaohongshu"),
    ("淘宝", "淘寶", "淘宝网", "淘寶網", "taobao"),
    ("天猫", "天貓", "天猫商城", "天貓商城", "tmall"),
    ("京东", "京東", "京东自营", "京東自營", "京东商城", "京東商城", "京东到家", "京東到家", "jd"),
    ("拼多多", "pinduoduo"),
    ("同程", "同程旅行"),
    ("艺龙", "藝龍"),
    ("途牛",),
    ("高德", "高德地图", "高德地圖"),
    ("booking", "booking.com"),
    ("agoda",),
    ("expedia",),
    ("ota",),
    ("苏宁", "蘇寧", "苏宁易购", "蘇寧易購", "suning"),
    ("唯品会", "唯品會", "vipshop"),
    ("得物", "dewu"),
    ("闲鱼", "閒魚", "xianyu"),
    ("饿了么", "餓了麼", "eleme"),
    ("苹果", "蘋果", "apple", "appstore", "applestore"),
    ("googleplay",),
    ("应用宝", "應用寶"),
    ("应用商店", "應用商店", "应用市场", "應用市場"),
    *(
        tuple(
            f"{maker}{store}"
            for store in (
                "应用市场",
                "應用市場",
                "应用商店",
                "應用商店",
                "软件商店",
                "軟件商店",
                "游戏中心",
                "遊戲中心",
            )
        )
        for maker in ("华为", "華為", "小米", "oppo", "vivo", "荣耀", "榮耀", "魅族")
    ),
    ("taptap",),
    ("b站", "bilibili", "哔哩哔哩", "嗶哩嗶哩"),
    ("微博", "weibo"),
    ("知乎",),
    ("贴吧", "貼吧"),
    ("豆瓣",),
    ("黑猫投诉", "黑貓投訴", "黑猫"),
    # the car platforms a dealer's customers review, ask and complain on (a lead handed to the
    # store is 转单 there too), and the car-quality complaint site
    ("懂车帝", "懂車帝", "dongchedi"),
    ("汽车之家", "汽車之家", "autohome"),
    ("易车", "易車", "易车网", "易車網", "yiche", "bitauto"),
    ("太平洋汽车", "太平洋汽車", "太平洋汽车网", "太平洋汽車網", "pcauto"),
    ("爱卡汽车", "愛卡汽車", "xcar"),
    ("车质网", "車質網"),
)
_PLATFORM_FOLDED = tuple(
    sorted({fold(name) for names in _PLATFORMS for name in names}, key=lambda n: (-len(n), n))
)
_PLATFORM_NAMES = "(?:" + "|".join(re.escape(name) for name in _PLATFORM_FOLDED) + ")"
# What may follow a platform's name and still name the platform: 平台, APP, a shop on it.
_PLATFORM_PLACE = r"(?:平台|app|店铺|店鋪|旗舰店|旗艦店|官方旗舰店|官方旗艦店|小店|网店|網店)?"
_PLATFORM_HANDOVER = re.compile(
    _PLATFORM_NAMES
    + _PLATFORM_PLACE
    + r"(?:(?:(?:官方|平台)?客服)?(?:转办|转单|转来|转交|转送|工单|轉辦|轉單|轉來|轉交"
    r"|轉送|工單)|评论|评价|差评|留言|評論|評價|差評)"
)
# A platform named alone, with 平台, APP or its shop at will (京东, 苏宁平台, 天猫旗舰店): the
# customer's message on that platform, online (R-CMP-04, R-SLA-06) — one rule for every
# platform of the table, as 抖音 and 微博 always read.
_PLATFORM_ALONE = re.compile(_PLATFORM_NAMES + _PLATFORM_PLACE)
# A spelling that begins with a platform's name and is read by no rule (天猫客服: a chat or a
# call to its hotline?): refused, saying how the platform's channels are given.
_PLATFORM_START = re.compile(_PLATFORM_NAMES)


def _refusal_hint(folded: str) -> str:
    """What a refused channel spelling (folded, without its trailing 投诉) may mean and how
    to give it (R-CMP-04): a platform named alone, 线下 without the place, a report whose
    reporter is no unit of the company's own; ``""`` for anything else."""
    if _PLATFORM_START.match(folded):
        return (
            "a platform's customer service says where, not how the complaint came: the "
            "platform named alone, its handover or review (京东, 京东转单, 京东客服转单, "
            "京东评论) is online, a call to its hotline the phone; give the channel meant"
        )
    if folded.startswith("线下"):
        return (
            '"线下" (offline) names no channel alone: "线下门店" is in_person; give the channel '
            "meant"
        )
    if folded.endswith(("上报", "反馈")):
        return (
            "a report passed on by the company's own outlet, branch, courier or another "
            "department (网点上报, 分公司反馈) is forwarded; one by a store or a counter "
            "(门店上报) may be the customer's walk-in or the store's report: give the channel meant"
        )
    return ""


def _platform_message(folded: str) -> bool:
    """Whether a folded channel spelling is a platform's name then an online spelling
    (京东私信, 淘宝在线客服, 美团留言): the customer's message on that platform, online
    (R-CMP-04), for every platform of the table as for 微博私信."""
    found = _PLATFORM_START.match(folded)
    if found is None or found.end() == len(folded):
        return False
    try:
        return Channel.parse(folded[found.end() :]) is Channel.ONLINE
    except InvalidInput:
        return False


def _platform_handover(folded: str) -> bool:
    """Whether a folded channel spelling is a platform handing over a customer's complaint
    (``携程转单``, ``美团工单``, ``飞猪平台转办``): the written complaint online (R-SLA-06)."""
    return _PLATFORM_HANDOVER.fullmatch(_channel_stem(folded)) is not None


@worded_in_english
class Channel(LabelledEnum):
    """How a complaint arrived (R-CMP-04; D5, D10 二 1–3); every spelling of
    :data:`CHANNEL_SPELLINGS` parses, and so does each followed by 投诉 (投訴) or
    "complaint": a hotline complaint is a phone one; a phone spelling after a 400 or 800
    number, an online one after 微信, "WeChat" or "APP" (APP在线客服), is that channel.  A
    spelling that names a regulator by a word of :data:`REGULATOR_WORDS` (12300转办,
    12378转办, 12300热线, 工信部申诉, 金融监管总局转来) is forwarded, and any other hotline
    number before a phone spelling (10086热线, 95555客服电话) is the company's own: the
    phone, and so is such a number (or an airline's or a bank's 95 prefix alone: 95热线)
    before 客服 (95530客服, 400客服).  A counter with its place before it (机场柜台) is in
    person; an app, mini program or client with a qualifier before it (会员APP) and a social
    platform's private message (微博私信, 抖音私信) are online (R-CMP-04).  A bare number that
    is no regulator's (10086) is refused: it names no channel.  A
    booking or review platform handing a customer's complaint over (携程转办, 美团转单,
    飞猪工单), or its customer service handing it over (京东客服转单), is online: the
    customer wrote it on the platform (R-SLA-06).  线下 before an in-person spelling
    (线下门店) is in person; a report passed on by the company's own outlet, branch, courier
    or another department (网点上报, 分公司反馈) is forwarded.  A label that may mean two
    channels (a platform named alone, 线下 alone, 门店上报) is refused saying what to give.
    A complaint hotline (12345, 12315, a sector regulator's number, 市长热线, 市长信箱) is
    forwarded whichever of its channels the citizen reached it by (12345微信, 12345小程序,
    12345APP, 12345短信, 市长信箱留言) and however it handed the complaint on (12345工单);
    a showroom (展厅) and a front desk or reception with its place before it (售后前台,
    展厅接待) are in person; the car platforms (懂车帝, 汽车之家, 易车) are platforms.

    >>> Channel.parse("12345微信"), Channel.parse("懂车帝私信"), Channel.parse("售后前台")
    (<Channel.FORWARDED: 'forwarded'>, <Channel.ONLINE: 'online'>, <Channel.IN_PERSON: 'in_person'>)
    >>> Channel.parse("携程转单"), Channel.parse("投诉信")
    (<Channel.ONLINE: 'online'>, <Channel.WRITTEN: 'written'>)
    >>> Channel.parse("当面"), Channel.parse("400热线"), Channel.parse("12315平台")
    (<Channel.IN_PERSON: 'in_person'>, <Channel.PHONE: 'phone'>, <Channel.FORWARDED: 'forwarded'>)
    >>> Channel.parse("電郵"), Channel.parse("市长热线")
    (<Channel.ONLINE: 'online'>, <Channel.FORWARDED: 'forwarded'>)
    >>> Channel.parse("热线投诉"), Channel.parse("網絡投訴"), Channel.parse("来访投诉")
    (<Channel.PHONE: 'phone'>, <Channel.ONLINE: 'online'>, <Channel.IN_PERSON: 'in_person'>)
    >>> Channel.parse("800客服热线"), Channel.parse("微信公众号投诉"), Channel.parse("应用商店")
    (<Channel.PHONE: 'phone'>, <Channel.ONLINE: 'online'>, <Channel.ONLINE: 'online'>)
    >>> Channel.parse("12300转办"), Channel.parse("10086热线"), Channel.parse("APP在线客服")
    (<Channel.FORWARDED: 'forwarded'>, <Channel.PHONE: 'phone'>, <Channel.ONLINE: 'online'>)
    >>> Channel.parse("95热线"), Channel.parse("机场柜台"), Channel.parse("会员APP")
    (<Channel.PHONE: 'phone'>, <Channel.IN_PERSON: 'in_person'>, <Channel.ONLINE: 'online'>)
    """

    PHONE = ("phone", *CHANNEL_SPELLINGS["phone"])
    WRITTEN = ("written", *CHANNEL_SPELLINGS["written"])
    IN_PERSON = ("in_person", *CHANNEL_SPELLINGS["in_person"])
    FORWARDED = ("forwarded", *CHANNEL_SPELLINGS["forwarded"])
    ONLINE = ("online", *CHANNEL_SPELLINGS["online"])

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Channel:
        """The channel ``text`` names: any spelling, or one followed by 投诉 (投訴) or
        "complaint" (``"微信投诉"``, ``"email complaint"``), a phone spelling after 400 or
        800 (``"800电话"``), an online one after 微信 (``"微信小程序"``); else the refusal of
        ``text`` as given, naming ``argument``."""
        argument = argument_name(argument)
        try:
            return parse_member(
                cls, text, argument=argument, suffixes=_COMPLAINT_WORDS, prefixes=_CHANNEL_PREFIXES
            )
        except InvalidInput as exc:
            if not isinstance(text, str):
                raise
            stem = _channel_stem(fold(text))
            if _platform_handover(stem) or _PLATFORM_ALONE.fullmatch(stem):
                return cls.ONLINE
            if _platform_message(stem):
                return cls.ONLINE
            if _regulator_channel(stem) or _hotline_intake(stem):
                return cls.FORWARDED
            if _forwarding_agency(stem) or _own_unit_report(stem):
                return cls.FORWARDED
            if _numbered_phone(stem):
                return cls.PHONE
            if _qualified_phone(stem):
                return cls.PHONE
            if _placed_counter(stem) or _branch_walk_in(stem):
                return cls.IN_PERSON
            if _qualified_online(stem):
                return cls.ONLINE
            hint = _refusal_hint(stem)
            if not hint:
                raise
            problem = f"{exc.problem}; {hint}"
            raise InvalidInput.for_argument(argument, text, problem) from None


@worded_in_english
class Severity(OrderedEnum):
    """General or major (R-CMP-06, R-CMP-07); ordered: ``GENERAL < MAJOR``.

    >>> Severity.GENERAL < Severity.MAJOR, max(Severity).label
    (True, '重大')
    """

    GENERAL = ("general", "一般", "普通", "一般投诉", "normal", "general complaint")
    MAJOR = ("major", "重大", "严重", "重大投诉", "serious", "major complaint")


class Validity(LabelledEnum):
    """Whether a complaint is established (R-CMP-05)."""

    ESTABLISHED = ("established", "成立", "有效", "valid")
    NOT_ESTABLISHED = ("not_established", "不成立", "无效", "invalid")


@worded_in_english
@in_english(
    VIOLATION="violation or dereliction of duty",
    ORDINARY_MISTAKE="ordinary mistake",
    CUSTOMER_MISUNDERSTANDING="customer misunderstanding",
)
class HandlingClass(LabelledEnum):
    """How a complaint about staff or service is handled once investigated (R-CMP-09)."""

    VIOLATION = ("violation", "违规或工作失职", "违规", "工作失职", "失职", "dereliction")
    ORDINARY_MISTAKE = ("ordinary_mistake", "一般工作失误", "工作失误", "服务欠缺", "mistake")
    CUSTOMER_MISUNDERSTANDING = (
        "customer_misunderstanding",
        "客户误解",
        "误解",
        "客户自身问题",
        "misunderstanding",
    )


@worded_in_english
@in_english(
    QUALITY="quality department",
    MARKETING_OFFICE="marketing office",
    SALES="sales department",
    AFTER_SALES="after-sales service department",
    CUSTOMER_RELATIONS="customer relations department",
    TECHNICAL="technical department",
    GENERAL_AFFAIRS="general affairs department",
    GENERAL_MANAGER_OFFICE="general manager's office",
)
class Department(LabelledEnum):
    """Departments the seed names as complaint handlers (D1 第三条, D5 第五条, D10 二 3); an
    English sentence names one in words (``quality department``), a Chinese one by its label.

    >>> Department.parse("营管办")
    <Department.MARKETING_OFFICE: 'marketing_office'>
    """

    QUALITY = ("quality", "质量部", "质量管理部", "quality department")
    MARKETING_OFFICE = (
        "marketing_office",
        "营销办",
        "营管办",
        "营销办管理部",
        "市场部",
        "marketing",
    )
    SALES = ("sales", "销售部", "销售", "sales department")
    AFTER_SALES = ("after_sales", "售后服务部", "服务部", "售后", "service department")
    CUSTOMER_RELATIONS = ("customer_relations", "客户关系部", "客户服务部", "客服部", "客户关系")
    TECHNICAL = ("technical", "技术部", "tech")
    GENERAL_AFFAIRS = ("general_affairs", "综合部", "administration")
    GENERAL_MANAGER_OFFICE = ("general_manager_office", "总经办", "总经理办公室", "gm office")


@worded_in_english
class Role(LabelledEnum):
    """Who does what in handling a complaint (D1 第三条); the case workflow uses these.  An
    English sentence names a role in words (``department manager``), a Chinese one by its
    label."""

    CUSTOMER_RELATIONS_ADVISER = (
        "customer_relations_adviser",
        "客户关系顾问",
        "客户关系专员",
        "customer relations specialist",
    )
    CUSTOMER_RELATIONS_MANAGER = ("customer_relations_manager", "客户关系经理")
    SALES_MANAGER = ("sales_manager", "销售经理")
    SERVICE_MANAGER = ("service_manager", "服务经理")
    DEPARTMENT_MANAGER = ("department_manager", "部门经理", "部门负责人", "分管经理")
    QUALITY_MANAGER = ("quality_manager", "质量负责人", "质量监督员")
    GENERAL_MANAGER = ("general_manager", "总经理", "gm")


@worded_in_english
@in_english(POLICE="police report")
class Signal(LabelledEnum):
    """A sign in a complaint that may make it major (R-CMP-07); found by the rule set.

    :attr:`POLICE` (the police called or to be called: 报警, 报案, 110, 派出所, 公安) is a
    sign of its own, apart from :attr:`LEGAL` (a lawyer, a lawsuit, a court): a desk whose
    customers are told to call the police as a matter of course (a bank's card fraud,
    盗刷) leaves it out of ``SeverityPolicy.enabled`` and keeps the courts.

    >>> Signal.parse("报警"), Signal.POLICE.english_words
    (<Signal.POLICE: 'police'>, 'police report')
    """

    SAFETY = ("safety", "人身安全", "injury", "hazard")
    MEDIA = ("media", "媒体曝光", "press")
    REGULATOR = ("regulator", "监管部门", "12315", "consumer association")
    LEGAL = ("legal", "法律诉讼", "lawyer", "lawsuit")
    POLICE = ("police", "报警", "报案", "police report")
    REPEAT = ("repeat", "重复投诉", "repeated")
    COLLECTIVE = ("collective", "群体投诉", "several customers", "group")
    LOSS = ("loss", "经济损失", "damage", "claimed loss")


class Unstated(LabelledEnum):
    """What a value not stated at all holds, told apart from ``None`` (stated as not known
    yet): ``Complaint.claimed_loss`` left out is :attr:`LOSS`, read from the text when the
    loss is assessed (``Complaint.loss``, R-CMP-07).

    >>> Unstated.LOSS, str(Unstated.LOSS)
    (<Unstated.LOSS: 'loss_not_stated'>, '损失未说明')
    """

    LOSS = ("loss_not_stated", "损失未说明", "not stated")


if TYPE_CHECKING:

    def _CHANNEL(value: Channel | str) -> Channel: ...  # noqa: N802

else:

    def _complaint_channel(argument: str, value: Any) -> Channel:
        """A complaint's channel (R-CMP-04); a refusal says how to use a company's own."""
        try:
            return member_check(Channel)(argument, value)
        except InvalidInput as exc:
            problem = f"{exc.problem}; {CHANNEL_HINT}"
            if isinstance(value, str) and value.strip().isdigit():  # a hotline's number: 95519
                problem = f"{problem}; {_NUMBER_HINT.format(number=value.strip())}"
            raise InvalidInput.for_argument(argument, value, problem) from None

    _CHANNEL = field_converter(_complaint_channel, takes="Channel | str")

# What reads a loss or a claim for compensation in a text, clause by clause (R-CMP-07 LOSS,
# its amount not stated), one linear scan of fixed words: a clause ends at a punctuation
# mark or a contrast (但是, 不过); a negation anywhere earlier in the clause (没有造成 … 损失,
# 不要求任何赔偿, 并无损失, 不存在经济损失, "don't need any compensation") or a claim already
# settled (已经赔偿了, 已赔, 赔过了) makes the clause's later loss words no claim.  Not negations:
# 没想到, 没人, 无法 (无法弥补的损失), 不少, 未经.  A bare 赔 claims with a person or an
# object (赔我, 要你们赔, 赔点钱, 赔钱) or asked for (请尽快赔), not in an apology (赔礼, 赔罪,
# 赔不是).  The claim words of couriers' and insurers' customers claim too: 理赔 (not the
# adjuster, 理赔员, nor asked about: 如何理赔, 理赔流程, 理赔吗), 保价理赔, 按保价赔, 按价赔,
# 要求报销; an amount beside them (价值2000元) is the goods' value, not the loss assessed,
# so the loss stays to be assessed (R-CMP-07).  A claim disputed over its amount (理赔员说只能赔
# 300, 你们只肯赔200, 才赔50) is a claim too.  A demand that the firm pay the medical
# costs (医药费你们得承担, 医疗费谁出, 要求报销医药费, 你们承担治疗费, 看病的钱你们赔) is a
# claim for compensation; denied (不用你们承担医药费, 医药费不用你们出), settled (医药费已经赔了)
# or borne by the customer (自己承担医药费) it is none.
_LOSS_SCAN = re.compile(
    r"(?P<stop>[，,。.！!？?；;：:、\n\r…~～]|但是?|可是|不过|然而)"
    r"|(?P<settled>(?:已经?|都)(?:赔偿|赔付|补偿|賠償|補償|赔|賠)过?了?|赔(?:偿|付)?过了|賠(?:償)?過了"
    r"|已经?理[赔賠](?:过|過|完)?了(?=$|[，,。.！!；;\s])|理[赔賠](?:过|過)了)"
    r"|(?P<negation>没(?!有?(?:想到|人|办法))有?|沒(?!有?(?:想到|人|辦法))有?|并无|並無|毫无|无需|無需"
    r"|[无無](?=任何|什么|什麼|经济损失|經濟損失|损失|損失|赔偿|賠償|补偿|補償)"
    r"|未(?=造成|产生|發生|发生|有|导致|導致|涉及)"
    r"|(?:如何|怎么|怎麼|怎样|怎樣|是否|能否|可否)(?=(?:办理|辦理|申请|申請)?理[赔賠])"
    r"|不(?:要求|需要|需|用|必|存在|涉及|会有|會有)|不要(?=任何|什么|啥|赔|賠|补|補)"
    r"|(?i:\bno\b(?=\s+(?:[a-z]+\s+)?(?:compensation|damages|loss))"
    r"|\b(?:don't|do not|doesn't|does not|didn't|did not|won't|will not)\s+"
    r"(?:need|want|ask|seek|claim|require|expect)"
    r"|\bnot\s+(?:asking|seeking|claiming|requesting|expecting|looking)|\bwithout\s+any))"
    r"|(?P<loss>经济损失|經濟損失|损失|損失|损坏赔偿|赔偿|賠償|索赔|索賠|索償|赔付|补偿|補償"
    r"|理[赔賠](?!员|員|部|专员|人员|中心|热线|电话|電話|流程|手续|材料|资料|条件|规定|标准|时效"
    r"|范围|吗|嗎|么|麼|嘛|中|有什么|需要|必须|能否|能不能|可以吗)|保价赔|保價賠"
    r"|(?:要求|必须|必需|应该|应当|给我|給我)(?:你们|你們|公司|商家)?(?:报销|報銷)"
    r"|(?:按|照)(?:保价|保價|原价|原價|价值|價值|货值|貨值|市价|市價|价格|價格|价|價)(?:金额|金額)?[赔賠]"
    r"|(?:请|請|尽快|盡快|赶紧|趕緊|快点|快點|马上|馬上|立即|立刻)(?:尽快|盡快|赶紧|趕緊)?"
    r"[赔賠](?![偿償付礼禮罪笑不本率])"
    r"|(?:要|让|叫|必须|必需|应该|应当|得)(?:你们|你|他们|他|商家|物业|公司)?"
    r"赔(?:给我们|给我|我们|我|点钱|些钱|钱|(?![偿付礼罪笑不本]))"
    r"|赔(?:给我们|给我|我们|我|点钱|些钱|钱)|賠(?:給我|我|錢)"
    r"|(?:只能|只肯|只愿意|只愿|才|就)[赔賠](?![偿償付礼禮罪笑不本率])"
    r"|(?i:\bcompensation\b|\bcompensate\b|\bdamages\b)"
    r"|(?:医药费|醫藥費|医疗费|醫療費|治疗费|治療費|诊疗费|診療費|住院费|住院費|看病的?钱|看病的?錢)"
    r"(?:(?!自己)[^，,。.！!？?；;：:、\n\r…~～不没沒无無别別免已]){0,8}?"
    r"(?:承担|承擔|报销|報銷|负责|負責|谁出|誰出|谁来出|誰來出|谁付|誰付|谁承担|誰承擔|你们出|你們出"
    r"|[赔賠](?![礼禮罪笑不]))"
    r"|(?<!自己)(?:承担|承擔|报销|報銷|负责|負責|[赔賠])(?:我的?|我们的?|我們的?|全部的?|所有的?)?"
    r"(?:医药费|醫藥費|医疗费|醫療費|治疗费|治療費|诊疗费|診療費|住院费|住院費|看病的?钱|看病的?錢))"
)

#: The goods' value named (价值3000元, 货值5000元) in a sentence that tells them lost, broken
#: or damaged (丢, 坏, 碎, 损): a loss to be assessed, never none, whatever the words of the
#: claim (R-CMP-07).
_VALUED_LOSS = re.compile(
    r"(?:价值|價值|货值|貨值)\D{0,3}\d[^。.！!？?；;\n]*?(?:丢|丟|坏|壞|碎|损|損)"
    r"|(?:丢|丟|坏|壞|碎|损|損)[^。.！!？?；;\n]*?(?:价值|價值|货值|貨值)\D{0,3}\d"
)

#: Money or property stolen or fraudulently charged, told (R-CMP-07 LOSS): 卡被盗刷了2万元,
#: 账户里的钱被盗了5万, 被转走3000元, 被骗走, 手表被偷了, "fraudulent charges".  One reading,
#: shared by the classifier's ``sig.loss`` and :attr:`Complaint.loss`, of the text as the
#: classifier normalises it (NFKC, lower case, no spaces).  The clause before the theft word
#: holds no warning and no hypothesis (小心被盗刷, 谨防,
#: 万一被盗刷, 如果被盗了); the theft is not asked about in general (信用卡被盗刷怎么办, 被盗刷
#: 吗: a theft told, 被盗刷了怎么办, stays told: the writer's own loss, as 行李丢了怎么办 is in
#: the labelling guide); nothing found or got back later in the clause (被偷的车已经追回来了,
#: 钱已追回, 找回了被盗的账号), and it is not denied right before it (没有被盗, 卡没被盗刷; a
#: slip told before it denies nothing: 没锁门被偷了).  The ``amount`` group is the sum
#: taken, in yuan, when it follows the theft word in its clause (2万元, 5万, ¥8,600.00, 3000块).
STOLEN_MONEY = (
    r"(?:^|(?<=[,。.!?;:…~\n]))"
    r"(?:(?!小心|当心|當心|谨防|謹防|提防|防止|以防|防范|防範"
    r"|预防|預防|避免|如果|假如|万一|萬一|要是|若是|倘若|担心|擔心|害怕|怕|容易|以免|免得"
    r"|找回|追回|寻回|尋回|找到|拿回|要回|beware|avoid|prevent|never|wasnot|werenot|wasn't|weren't"
    r"|hasnot|havenot|notbeen|incase)"
    r"[^,。.!?;:…~\n]){0,40}?"
    r"(?<!没)(?<!沒)(?<!未)(?<!不是)(?<!并非)(?<!並非)(?<!不会)(?<!不會)(?<!没被)(?<!沒被)"
    r"(?<!没有)(?<!沒有)(?<!并未)(?<!並未)(?<!从未)(?<!從未)(?<!从没)(?<!從沒)(?<!未被)(?<!没有被)(?<!沒有被)(?<!不会被)(?<!不會被)"
    r"(?P<theft>被?(?:盗刷|盜刷)|被盗(?![用刷])|被盜(?![用刷])|被偷(?!跑)|(?<!偷)偷走|盗走|盜走"
    r"|被刷走|被(?:骗|騙|转|轉|划|劃)走|stolen|fraudulent(?:charges?|transactions?|payments?)"
    r"|unauthori[sz]ed(?:charges?|transactions?|payments?))"
    r"(?!(?:的话|的話)?(?:怎么办|怎麼辦|怎么处理|怎麼處理|如何处理|如何處理|咋办|咋辦"
    r"|怎么弄|怎麼弄|吗|嗎|呢|\?))"
    r"(?![^,。.!?;:…~\n]{0,12}?(?<![没沒未不])(?:找回了|找回来了|找回來了|追回了|追回来了|追回來了|寻回了|找到了"
    r"|拿回来了|拿回來了|要回来了|要回來了|已找回|已追回|已找到|已寻回|已退回|退回来了|已退还"
    r"|已經追回|已经追回|已经找回|已經找回))"
    r"(?:[^,。.!?;:…~\n\d¥]{0,8}?(?:(?:¥|rmb)(?P<bare>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<amount>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|萬元|万|萬|千元|千|元|块钱|塊錢|块|塊|yuan|rmb)))?"
)
_STOLEN = re.compile(STOLEN_MONEY)
_UNITS = {"万": 10000, "萬": 10000, "千": 1000}


def stolen_losses(text: str) -> tuple[Decimal | None, ...]:
    """The thefts :data:`STOLEN_MONEY` reads in ``text``, in order: the sum taken (yuan), or
    ``None`` when the clause names none (R-CMP-07: a loss still to be assessed)."""
    folded = "".join(unicodedata.normalize("NFKC", text).lower().split())
    found: list[Decimal | None] = []
    for match in _STOLEN.finditer(folded):
        amount = match.group("amount") or match.group("bare")
        if amount is None:
            found.append(None)
            continue
        scale = _UNITS.get((match.group("unit") or "元")[0], 1)
        found.append((Decimal(amount.replace(",", "")) * scale).quantize(FEN))
    return tuple(found)


if TYPE_CHECKING:

    def _CLAIMED_LOSS(  # noqa: N802
        value: Decimal | int | str | Unstated | None,
    ) -> Decimal | Unstated | None: ...

else:

    def _claimed_loss(argument: str, value: Any) -> Decimal | Unstated | None:
        """A complaint's claimed loss: money, ``None`` (not known yet) or not stated."""
        if value is Unstated.LOSS:
            return value
        return optional_check(require_money)(argument, value)

    _CLAIMED_LOSS = field_converter(_claimed_loss, takes="Decimal | int | str | Unstated | None")

#: How a complaint's refusal of a bare number says to write a hotline's channel (R-CMP-04):
#: a number alone names no channel, since a regulator's hotline (12378) is forwarded and a
#: company's own (95519) is the phone.
_NUMBER_HINT = (
    "a bare number names no channel: write a company's own hotline as the number then a "
    "phone spelling ('{number}hotline' is the phone), a regulator's as how it passed the "
    "complaint on (forwarded)"
)

#: How a complaint's refusal of a channel says to use a company's own channel name.
CHANNEL_HINT = (
    "map a company's own channel name to one of these before building the Complaint, "
    "in a mapping of your own (docs/enums.md, 'Your own labels')"
)


@attrs.frozen
class Complaint:
    """One contact as received and recorded (R-CMP-06; D1 第四条 1, D5 第条 1, D10 二 1).

    ``reference`` is the licence plate (车牌号) or order/product/batch reference;
    ``against`` whom or what the complaint is about (投诉对象, D5); ``claimed_loss`` exact
    yuan, whole fen (floats and a fraction of a fen refused), ``0`` when the complaint
    caused no loss, ``None`` when its loss is not known yet, and :attr:`Unstated.LOSS` (the
    default, kept as it is) when it was not stated: the loss the rules read (:attr:`loss`,
    R-CMP-07) is then not known yet if the content or the demand names a loss or a claim for
    compensation (:attr:`loss_words`: 损失, 赔偿, 索赔, 赔我 …), else none (``0``).  A loss
    not known yet is still to be assessed: it makes no complaint major and fines no one by
    its size until it is known (``Case.assess_loss``; ``Case.penalty(loss=...)`` takes it
    once it is); ``complainant_count`` how
    many customers complain together.  The subjects ``channel``, ``content`` and
    ``complainant`` go by place or by name; ``received_at`` (the moment) and every option
    (``contact`` to ``forwarded_by``) go by name, so two texts cannot be swapped unnoticed;
    ``forwarded_by`` who forwarded a forwarded complaint (a regulator, a hotline, another
    department; ``None``, ``""`` or blank: not forwarded).  A channel spelling that names a
    regulator (``"12315"``, ``"12345热线"``, ``"消协"``; :data:`CHANNEL_SPELLINGS`) is the
    channel *forwarded* (D10 二 3 转交投诉) and fills ``forwarded_by``, so
    :attr:`via_regulator` keeps the R-CMP-07 signal.

    >>> from zoneinfo import ZoneInfo
    >>> t = _dt.datetime(2024, 5, 6, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="电话", content="酒里有沉淀", complainant="王先生",
    ...               contact="138 0000 0000", claimed_loss="760", demand="退货")
    >>> c.channel, c.claimed_loss
    (<Channel.PHONE: 'phone'>, Decimal('760.00'))
    >>> r = Complaint(received_at=t, channel="12315", content="白酒有异味", complainant="王")
    >>> r.channel, r.forwarded_by, r.via_regulator
    (<Channel.FORWARDED: 'forwarded'>, '12315', True)
    """

    received_at: _dt.datetime = attrs.field(kw_only=True, converter=AWARE)
    channel: Channel = attrs.field(converter=_CHANNEL)
    content: str = attrs.field(converter=STRIPPED_TEXT)
    complainant: str = attrs.field(converter=NAME)
    contact: str = attrs.field(default="", kw_only=True, converter=OPTIONAL_TEXT)
    reference: str = attrs.field(default="", kw_only=True, converter=OPTIONAL_TEXT)
    against: str = attrs.field(default="", kw_only=True, converter=OPTIONAL_TEXT)
    claimed_loss: Decimal | Unstated | None = attrs.field(
        default=Unstated.LOSS, kw_only=True, converter=_CLAIMED_LOSS
    )
    demand: str = attrs.field(default="", kw_only=True, converter=OPTIONAL_TEXT)
    complainant_count: int = attrs.field(default=1, kw_only=True, converter=POSITIVE_INT)
    forwarded_by: str = attrs.field(default="", kw_only=True, converter=LABEL)
    # The regulator a channel spelling named ("12315"), carried from __attrs_pre_init__ to
    # __attrs_post_init__ (the channel converter keeps only the member).
    _named_by_channel: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_pre_init__(self, *args: Any, **kwargs: Any) -> None:
        given = kwargs["channel"] if "channel" in kwargs else args[0] if args else None
        named = ""
        if isinstance(given, str):
            stem = _channel_stem(fold(given))
            # a regulator's spelling (12315, 12300转办, 工信部申诉) or an agency that
            # forwarded it (住建局转办)
            if stem in _REGULATORS or (
                stem not in _SPELLED
                and (
                    _regulator_channel(stem)
                    or _hotline_intake(stem)
                    or _forwarding_agency(stem)
                    or _own_unit_report(stem)
                )
            ):
                named = given.strip()
        object.__setattr__(self, "_named_by_channel", named)

    def __attrs_post_init__(self) -> None:
        if not self.forwarded_by and self._named_by_channel:
            object.__setattr__(self, "forwarded_by", self._named_by_channel)
        elif self.forwarded_by and self.channel is not Channel.FORWARDED:
            raise InvalidInput.for_argument(
                "forwarded_by",
                self.forwarded_by,
                "names who forwarded the complaint, but its channel is "
                + examples(
                    f"{self.channel.value}; a forwarded complaint's channel is forwarded",
                    f"{self.channel.value} ({self.channel.label}); a forwarded complaint's "
                    "channel is forwarded (转交)",
                ),
            )

    @property
    def via_regulator(self) -> bool:
        """Whether a regulator, the consumer association or a government hotline forwarded
        the complaint (``forwarded_by``): a major-complaint signal (R-CMP-07).

        A complaint is a value with no desk, so this reads the built-in list,
        :data:`REGULATOR_WORDS`; a desk's own list (``SeverityPolicy.regulators``, a body
        added or one left out) is read where the desk's policy is: by
        :func:`~custops.complaints.assess_severity` (the forwarder and the text) and by a
        :class:`~custops.complaints.Case` (its severity and its escalation clock, from
        the case's opening).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> Complaint(received_at=t, channel="网信办转办", content="诱导未成年人充值",
        ...           complainant="玩家").via_regulator
        True
        """
        return holds_folded(self.forwarded_by, REGULATOR_WORDS)

    @property
    def text(self) -> str:
        """The words a classifier reads: the content, then the demand if there is one."""
        return f"{self.content}\n{self.demand}" if self.demand else self.content

    @property
    def loss(self) -> Decimal | None:
        """The loss the rules read (R-CMP-07): ``claimed_loss`` as stated (``None``: not known
        yet); not stated (:attr:`Unstated.LOSS`), not known yet (``None``) when the text names
        a loss or a claim for compensation (:attr:`loss_words`) or the value of goods lost or
        broken (价值3000元的手机丢了); money stolen or taken by fraud (:data:`STOLEN_MONEY`:
        盗刷, 被盗, 被偷, 被骗走, stolen) is the sum the clause names, or, naming none, not known
        yet; else none (``0``).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> c = Complaint(received_at=t, channel="前台", complainant="某公司",
        ...               content="天花板漏水，电脑泡坏了，损失好几万，要求物业赔偿")
        >>> c.claimed_loss, c.loss_words, c.loss is None
        (<Unstated.LOSS: 'loss_not_stated'>, ('损失', '赔偿'), True)
        >>> Complaint(received_at=t, channel="前台", complainant="某公司",
        ...           content="天花板漏水，还好没有造成损失").loss
        Decimal('0.00')
        >>> Complaint(received_at=t, channel="前台", complainant="某公司",
        ...           content="天花板漏水", claimed_loss=None).loss is None
        True
        >>> [Complaint(received_at=t, channel="电话", complainant="王", content=text).loss
        ...  for text in ("卡被盗刷了2万元", "卡被盗刷了", "小心被盗刷")]
        [Decimal('20000.00'), None, Decimal('0.00')]
        """
        if self.claimed_loss is not Unstated.LOSS:
            return self.claimed_loss
        if self.loss_words or _VALUED_LOSS.search(self.text):
            return None
        stolen = stolen_losses(self.text)
        if not stolen:
            return ZERO
        if None in stolen:  # a theft whose sum is not told: still to be assessed
            return None
        return sum((amount for amount in stolen if amount is not None), ZERO)

    @property
    def loss_words(self) -> tuple[str, ...]:
        """The words of :attr:`text` that name a loss or a claim for compensation (损失,
        赔偿, 索赔, 补偿, a bare 赔 with a person or an object: 赔我, 要你们赔, 赔点钱, 请尽快赔;
        理赔, 保价理赔, 按保价赔, 要求报销; a demand that the firm pay the medical costs:
        医药费你们得承担, 医疗费谁出, 承担医药费; 損失, 賠償; "compensation", "damages"), each once,
        in order; read clause by clause, none
        after a negation earlier in its clause (没有造成任何损失, 不要求任何赔偿, 并无损失,
        "I don't need any compensation") or a claim already settled (物业已经赔偿了).  A
        complaint whose ``claimed_loss`` is not stated reads its loss from them (:attr:`loss`).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> def words(text: str) -> tuple[str, ...]:
        ...     return Complaint(received_at=t, channel="前台", complainant="某",
        ...                      content=text).loss_words
        >>> words("车被刮花了，必须赔我"), words("要你们赔，损失好几万")
        (('必须赔我',), ('要你们赔', '损失'))
        >>> words("没造成什么损失，不要求任何赔偿"), words("物业已经赔偿了")
        ((), ())
        >>> words("货值3000元的手机丢了，按保价赔"), words("理赔员来过了")
        (('按保价赔',), ())
        >>> words("缝了三针，医药费谁出？"), words("不用你们承担医药费")
        (('医药费谁出',), ())
        """
        found = []
        negated = False
        for match in _LOSS_SCAN.finditer(self.text):
            kind = match.lastgroup
            if kind == "stop":
                negated = False
            elif kind != "loss":  # a negation or a claim settled: none later in the clause
                negated = True
            elif not negated:
                found.append(match.group())
        return tuple(dict.fromkeys(found))
