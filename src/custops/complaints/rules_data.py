"""The built-in rules: Chinese (and plain English) vocabulary of the seed's complaint policies.

This module is data only; the classifier wraps it as its default policy
(``custops.complaints.DEFAULT_CLASSIFIER_POLICY == ClassifierPolicy()``).

Rule IDs say what a rule is about: ``kind.*`` rules vote for a kind (R-CMP-01),
``pq.*`` product quality, ``sc.*`` sales contract (contract, price, delivery), ``rq.*``
repair quality, ``sq.*`` service quality (attitude, waiting, negligence), ``rx.*``
return/exchange (D10 二 3.2), ``ot.*`` general topics (category other), ``tel.*`` a
telecom operator's subjects and problems, ``sig.*`` severity hints (R-CMP-07).  Within
a category, *topic* rules (no kind) say what the text is about and *problem* rules (kind
complaint) that something went wrong.

Terms and patterns are written in the normalised form the classifier searches
(half-width, lower case, no spaces).

Departments (D1 第三条, D10 二 3): product quality and returns → 质量部 (D10 3.1, 3.2);
service quality → 营销办 (D10 3.3); sales contract → 销售部 (D1 销售经理); repair quality
→ 售后服务部 (D1 服务经理); proposals and everything unrecognised → 客户关系部 (D1: the
customer-relations manager decides the category and the handler).

>>> len(BUILTIN_RULES) > 30
True
>>> DEFAULT_DEPARTMENTS[Category.RETURN_EXCHANGE]
<Department.QUALITY: 'quality'>
"""

from __future__ import annotations

import re
from types import MappingProxyType

from custops.complaints._hanzi import HAN
from custops.complaints._rules import Rule, trusted_data
from custops.complaints.model import (
    SECTOR_HOTLINES,
    SECTOR_REGULATORS,
    STOLEN_MONEY,
    Category,
    Department,
    Kind,
    Signal,
)

__all__ = [
    "BUILTIN_RULES",
    "CONTRASTS",
    "DEFAULT_DEPARTMENTS",
    "FINE_AFTER",
    "NEGATIONS",
    "NOT_GOODS",
    "PRAISE_QUESTIONS",
    "QUESTION_FRAMES",
    "WORDS",
]


def _w(words: str) -> tuple[str, ...]:
    """Space-separated words as a tuple (keeps long vocabularies readable)."""
    return tuple(words.split())


C = Kind.COMPLAINT

#: A verdict or a fault anywhere in a text (厉害, 费油, 太…了, 要命, 很 + an adjective, 松散,
#: 咯噔): the weak votes for a neutral description (``kind.car-talk``, ``kind.place-told``)
#: stay silent beside it, so that they never outvote the complaint a short text tells
_EVALUATIVE = (
    r"厉害|费油|耗油|太|要命|(很|好|非常|特别)(差|烂|慢|贵|吵|费|耗|难|累|烦|糟|失望|不|一般|松|响|抖|"
    r"顿)|松散|松垮|咯噔|顿得|异响|失灵|毛病|垃圾|坑人|差劲|受不了|挤得|脏|臭|坏了"
)
#: What a car buyer's grievance says beside the car's parts: a deal broken (合同, 捆绑, 说送…
#: 什么都没有, 才能提车), a fault the dealer denied (检查说正常，可明明…), money taken or claimed
#: back (收了, 退, 赔), the complaint itself (``kind.car-talk``'s silencers)
_CAR_GRIEVANCE = (
    r"合同|捆绑|加价|才能提车|什么都没有|说好的|说送|没给|没送|明明|不是这样|还是有|说正常|"
    r"收了|多收|退钱|退款|退车|赔|投诉|维权|欺骗|忽悠|特别重|很重"
)
Q = Kind.CONSULTATION
S = Kind.SUGGESTION
P = Kind.PRAISE
N = Kind.NO_ACTION

#: Boundary words (exclusion contexts): a match that cuts one of these in two, or lies
#: inside one, is no match.  Each keeps a shorter keyword from being read across a word
#: boundary: 公交车 is no 交车 (car delivery), 度假酒店 holds no 假酒, 要换乘 no 要换,
#: 还是不错 no 还是不, 睡眠质量差 no 质量差, 一瓶盖子量 no 瓶盖.
WORDS = _w(
    "公交车 交车站 度假 假酒店 换乘 倒换 换季 换洗 换衣 换鞋 替换装 不错 不差 差不多 差不离 "
    "差点 差一点 睡眠质量 空气质量 音质量 维修质量 修理质量 保养质量 "
    "盖子量 瓶盖子量 一瓶盖 很快就 太快就 很快地 "
    "不过如此 好不容易 好久不见 好不好 好多 好几 好像 好些 只好 刚好 正好 恰好 最好是 "
    "还好意思 好意思 不好意思 没关系 没事吧 问题不大 没什么问题 没啥问题 没有问题 "
    "一般来说 一般情况 一般都 一般是 一般般 不一般 非一般 味道一般 "
    "特价 价值 身价 划算 合算 结算 算了 打算 就算 快乐 快递员 快递小哥 外卖小哥 "
    "小心 开心 放心 安心 省心 用心 贴心 热心 细心 耐心 "
    "差旅 出差 时差 落差 温差 误差 "
    "退房 退税 退休 退烧 倒退 后退 减退 "
    "假期 放假 请假 休假 假日 寒假 暑假 "
    "生日 生活 生意 先生 学生 医生 生产 发生 卫生 花生 生鲜 "
    "头发型 洗头发 "
    # issue 13: 心脏 holds no 脏, 饭量少 no 量少, 找不到了 no 到了, 还是不去 no 还是不
    "心脏 肝脏 内脏 脏器 五脏 饭量 食量 酒量 胃口 运动量 好奇 "
    # a room, a seat or a person changed is no goods exchange (要求换房; issue 13)
    "换房 换房间 换个房 换座 换座位 换个座 换桌 换位置 换人 换个人 "
    # nor a firm changed (能不能换家快递; the thirty-seventh round)
    "换家 换一家 换个快递 换快递 "
    "找不到 找到 遇到 看到 见到 感觉到 感到 想到 听到 碰到 做到 得到 轮到 意识到 "
    "还是不去 还是不要 还是不用 还是不买 还是不来 还是不点 还是不住 还是不吃 还是不换 "
    # issue 13: a defect word under 不 is no defect (不掉色), 没有不满 no 不满
    "不掉色 不褪色 不起球 不变形 不缩水 不掉毛 不起毛 不开线 不卡顿 不发烫 不漏水 不渗水 "
    "不生锈 不死机 不异响 不起皱 没有不满 没什么不满 没啥不满 并无不满 毫无不满 "
    "不脏 不吵 不臭 不旧 不咸 不腥 不油腻 不难吃 不难喝 "
    # a praise or cue word inside another word: 负责人 (the person in charge) praises no
    # one, 发热量大 is no big portion, 检查一下 asks nothing, 不认真 is no 不认 (a promise denied)
    "负责人 认真 热量 体量 流量 销量 工作量 排量 检查 "
    # a hospital's ward, staff or stay named in a patient's thanks is no injury (住院期间,
    # 住院值班医师; the twentieth round)
    "住院期间 住院期 住院部 住院医师 住院医生 住院值班 住院处 住院楼 住院费 "
    # and a patient's stay told in thanks (住院检查, 住院一共十天, 联系住院科室; the
    # thirty-second round)
    "住院检查 住院一共 住院科室 住院治疗 住院手术 住院时间 住院条件 住院流程 住院通知 "
    # 实用性 (usefulness) is a subject, not praise: 实用性不高 (the twenty-second round)
    "实用性 "
    # 出生的 (born) is no 生的 (raw food): words ending in 生 (the twenty-fourth round)
    "出生 陌生 人生 诞生 产生 一生 终生 天生 野生 再生 原生 重生 新生 男生 女生 考生 亲生 "
    # a trade-in (以旧换新) holds no exchange: its 换新 is no word of its own (the forty-eighth
    # round)
    "以旧换新 "
    # a hotel's blanket or towel (还有毛毯, 备有毛巾) holds no hair (有毛): words that open with
    # 毛 (the forty-eighth round)
    "毛毯 毛巾 毛衣 毛线 毛绒 毛呢 毛笔 毛豆 毛肚 毛血旺 毛利 "
)

#: Contrast cues: what follows one usually carries what the customer means
#: (味道不错，但是送了两个小时).
CONTRASTS = (
    r"但是|但(?![愿凡])|可是|然而|可惜|美中不足|遗憾的是|唯一(的)?(不足|缺点|不好|遗憾)",
    r"(?<![再最好])不过(?![分来去夜])",
    r"(?:^|(?<=[,。.!?;~]))(就是|只是|只不过)",
    r"\bbut\b|however",
)

#: Negations of a praise word: 不好吃, 不怎么新鲜, 一点也不满意 (the praise rules flip them).
PRAISE_NEGATIONS = _w(
    "不 没 没有 不太 不怎么 不够 一点也不 一点都不 并不 并没有 不是很 不算 毫不 谈不上 "
    "称不上 算不上 没那么 不再 无法 not no never "
    # rhetorical frames that deny the praise word after them (issue 13)
    "也叫 还叫 这叫 也配 还配 所谓的 号称 "
    # a praise word in what was never obtained (未能得到很好的处理, 没能及时处理, 得不到满意的
    # 答复; the thirty-eighth round)
    "未能 没能 得不到 未得到 没得到 没有得到 "
    # the forty-second round: a merit the staff lack or a thing the writer cannot recommend
    # (欠缺专业知识, 缺乏耐心, 实在难以推荐给朋友)
    "欠缺 缺乏 难以"
)
#: Look-alikes of a negation before a praise word: 不错, 不仅, 不但, 没想到, …
PRAISE_NOT_NEGATIONS = _w(
    "不错 不仅 不但 不愧 不得不 不用说 不管 不论 没得说 没的说 没话说 不要太 没想到 "
    "不知道 是不是 有没有 无论 不少 不停 不断 不过 不一样 不用 不好意思 不然 没事 "
    "没问题 没有问题 没什么 没啥 不枉 不虚 无可挑剔 不失 不亏 "
    # 不负 of an expectation met (不负众望, 不负此行), not 不负责 (the thirty-eighth round)
    "不负众望 不负所托 不负期望 不负重托 不负韶华 不负此行 不负厚望 不负信任 不负所望 "
    # the thirty-ninth round: a double negation, a bad feeling denied, is no negated praise word
    # (降落时不会让人觉得不舒服, 晚送餐也不觉得不开心, 从没感到不方便)
    "不会让人觉得不 不会让人感到不 不会让人感觉不 不让人觉得不 不会觉得不 不会感到不 "
    "不会感觉不 不觉得不 并不觉得不 没有觉得不 没觉得不 不感到不 没感到不 从没感到不 "
    "从没觉得不 从不觉得不"
)

#: Cues that cancel a problem word standing just after them: 不是质量问题, 没有沉淀.
NEGATIONS = _w("不是 并非 没有 没 无 未 不存在 并不 不见 从不 从没 不会 no not")
#: Words that suppose what follows (如果受伤了, 万一着火): a harm supposed is no harm reported.
SUPPOSED = _w("如果 万一 假如 假若 倘若 假设 若是")
#: Cues after a word that say it is fine: 质量没问题, 口感很好.
FINE_AFTER = _w("没问题 没有问题 没毛病 很好 挺好 不错 正常 没事 isfine isok")

#: Question frames (R-CMP-01): a return or refund word in a sentence where one of these
#: matches is what the customer asks about (请问退货需要什么手续？), not a demand.  Past
#: or rhetorical look-alikes (咨询了, 多久了, 有没有搞错) are no frames.
QUESTION_FRAMES = (
    # asking words
    r"请问|想问|问一下|问下|问问|请教|打听|了解一下|了解下|想了解|想知道|麻烦问|求问|请告知",
    r"咨询(?![了过])",
    # how it is done
    r"(怎么|如何|怎样|咋)(办理|办|操作|申请|弄|走|处理|寄|算|收费|联系|才能|进行|退|换|索赔|理赔|"
    r"赔偿|改签|补办|报销|开具?\S{0,5}证明)",
    # may I, is it possible
    r"能不能|可不可以|可以不|能否|可否|是否|支不支持|支持不支持|行不行|需不需要|要不要",
    r"有没有(?!搞错|弄错|人管|天理|良心)",
    # when and how long
    r"(?<![没这那好过前])(多久|多长时间|几天|几个工作日)(?![了都还])",
    r"什么时候|啥时候|何时|哪天",
    # what is needed
    r"(需要|要|得|带|准备|提供)些?(什么|啥|哪些)",
    r"(流程|手续|步骤|条件|规定|规则)\S{0,2}(是什么|是啥|是怎样|怎么样|如何|有哪些)",
    # a question's ending: …吗？ …呢, …能退不
    r"(吗|嘛|(?<![什怎这那多])么|呢)(啊|呀)?(?=[?。.;~]|$)",
    r"(能|可以|可|行|会|支持)\S{0,8}不(啊|呀)?(?=[?。.;~]|$)",
    # English (normalised: no spaces)
    r"howdo|howcan|howlong|howto|cani|canwe|couldi|isitpossible|when(do|will|can)|doyou",
)

#: A regulator's, the press's or a lawyer's contact asked about (12315电话是多少, 消协在哪,
#: 律师费多少钱, 找记者有用吗): a question, no threat (the thirty-fourth round)
_SIGNAL_ASKED = (
    *QUESTION_FRAMES,
    r"(电话|热线|号码|地址|网址|邮箱|官网)\S{0,3}(是多少|多少|是什么|是啥|在哪|\?)",
    r"是多少|多少钱|在哪|哪里|哪儿|有用吗|有用么|有没有用|管用吗|\?$",
)

#: A procedure asked after the wish it serves, later in the same sentence (我想退货，怎么
#: 操作？, 想退款，在哪里申请, 要退票，要不要取消座位): the return is asked about, not
#: demanded — the labelling guide's questions about a procedure are consultations.  Not
#: 怎么办 (what now, after a wrong: 拿错了，这个怎么办) nor when (我要退货，什么时候来取？: a
#: demand, then its time).
PROCEDURE_FRAMES = (
    r"(怎么|如何|怎样|咋)(办理|操作|申请|弄|进行|退|换|走流程)",
    r"(流程|手续|步骤)(是什么|是啥|是怎样|怎么样|如何|有哪些|呢|\?)",
    r"(在哪|哪里|哪儿)\S{0,2}(申请|办理|操作|提交|退|换)",
    r"(需要|要|得|带|准备|提供)些?(什么|啥|哪些)(手续|材料|资料|证件)",
    r"要不要|需不需要|可以吗|行吗|可不可以|能不能",
)

#: A yes/no question about a praise word (这家店好吃吗, 是不是正品, 请问好用吗): the word is
#: asked about, not given (issue 13).  Narrower than QUESTION_FRAMES: a clause that
#: ends in a question particle, or an explicit asking word.
PRAISE_QUESTIONS = (
    r"(吗|嘛|(?<![什怎这那多])么)(啊|呀)?[?。.;~,!]*$",
    r"(?<![不没])(好|值|正|新鲜|好用|好吃|好喝|好看|舒服|耐用|划算)[^,。.!?;]{0,2}不[?]*[,。.;~]?$",
    r"请问|想问|想知道|是否|是不是|会不会|有没有|能不能",
)

#: A claim reported, then belied (R-CMP-01): 说是操作方便，其实一点也不方便; 客服说已经圆满
#: 解决了，可我的钱还没退回来; 号称办事更方便了，结果跑了三趟.  What the seller, its staff or
#: its advertising said is no verdict of the writer's: a contrast that denies it or tells the
#: tries wasted makes the text a complaint, so the praise word inside the claim is no praise.
_REPORTED = (
    r"(说是|号称|宣传|宣称|声称|据说|说已经|"
    r"(客服|商家|店家|卖家|销售|工作人员|官方|广告)说)"
)
_BELIED = (
    r"[^。.!?;]{0,8}?(其实|结果|实际上|事实上|哪知|谁知|可是?|但是?|然而|却|不过)"
    # a denial (不, 没, 未, 还没, 仍, 失败, 根本) or the tries told (跑了三趟, 闪退了三次)
    r"[^。.!?;不没未还仍败根趟遍次]{0,16}[不没未还仍败根趟遍次]"
)


def _claim_belied(claims: str) -> str:
    """A silencer: one of ``claims`` said by another (说是, 号称, 客服说), then denied."""
    return rf"{_REPORTED}[^,。.!?;~]{{0,10}}?({claims}){_BELIED}"


#: Things that expire without being defective goods (R-CMP-02): points, memberships,
#: cards, coupons, documents.  ``过期`` next to one of them is no product defect.
NOT_GOODS = (
    "积分|会员|会籍|卡|券|优惠码|兑换码|红包|余额|储值|权益|账号|证件|执照|驾照|身份证|许可证|"
    "points|membership|member|card|coupon|voucher|account"
)
#: Goods that spoil: between a NOT_GOODS word and 过期 they make it a product matter again
#: (积分换的酒过期了).
_GOODS = "酒|奶|烟|茶|药|食|饮|粮|油|肉|蛋|菜|果|面|糕|饼|糖|罐|货|商品|产品|东西|wine|milk|food"
_EXPIRES = "过期|到期|失效|作废|清零|expired|expires|expiring|expire"
_SAME_CLAUSE = rf"(?:(?!{_GOODS})[^。,.!?;])"

#: A character of a text that reports no failure or grievance: the information queries of
#: ``kind.info-query`` are made of these only (not 我的…被, …了, 一直, 还没, 不能, 为什么), in a
#: text without ?? or !! (请问退货需要什么手续？？ is a rhetorical question).
#: A character of a question that is no outburst: no second question or exclamation mark,
#: no address to the company (你们), no accusation (骗, 坑, 投诉, 凭什么)
_NO_ANGER = r"(?:(?!你们|骗|坑|投诉|凭什么|垃圾|!)[^。.;:…~?])"
_NO_FAILURE = (
    r"(?:(?!被|了|过|一直|还没|还不|还是|没|不|无法|失败|拒|扣|骗|投诉|为什么|为啥|凭什么|"
    r"怎么回事|你们|你|这|那(?!些)|!)[^。.;:…~])"
)

#: A character of a chat turn about an invoice that reports nothing wrong and asks nothing
#: (``kind.invoice``): no failure word, no question (the thirty-fifth round)
_NO_INVOICE_FAILURE = (
    r"(?:(?!被|了|过|一直|还没|还不|还是|没|不|无法|失败|拒|扣|骗|投诉|为什么|为啥|凭什么|怎么|你们|错|"
    r"!|\?|吗|么|呢)[^。.;:…~])"
)

#: A regulator's hotline or bureau turned to only to ask or to run an errand (拨打12366问发票,
#: 打12345咨询社保, 去税务局办发票, 咨询了12366): no complaint to it, so no regulator signal
#: (R-CMP-07; the labelling guide's regulator is one the customer goes to with the matter,
#: not one asked a question).  Read right after the body or the number (its 热线, 电话 may
#: come between) and, for a number, right before it; 问题 is no question asked.
_ONLY_ASKED = r"(?!(热线|电话|客服|人工|服务热线)?(问|咨询|查询|询问|了解|办理|办)(?!题))"
_ASKED_BEFORE = r"(?<!咨询)(?<!咨询了)(?<!询问)(?<!询问了)(?<!问了)(?<!问过)(?<!查询)"

#: The labels a reference number stands after (R-CMP-07): an order's, a waybill's, a
#: room's, an item's, a ticket's or an account's number is no regulator's hotline, whatever
#: its digits (订单号12345, 运单号12315, 房间12315, 工单号:12315, 货号12315, My order #12345,
#: ticket no. 12315, room 12345), each read as its end (我的订单号, yourorder).  号 alone
#: ends every Chinese label of a number (单号, 房号, 工号, 编号, 型号, 卡号, 尾号), but not
#: 号码, which a hotline has too (热线号码12345): only the reference's own 号码 counts.
_REFERENCE_LABELS_ZH = (
    "号", "订单", "运单", "工单", "快递单", "物流单", "面单", "货单", "账单", "保单", "提单",
    "订单号码", "房间号码", "手机号码", "会员号码", "单号码", "房间", "客房", "包间", "包厢",
    "病房", "宿舍", "房", "床位", "座位", "车位", "柜", "桌", "快递", "包裹", "快件", "发票",
    "合同", "批次", "序列", "编码", "代码", "条码", "密码", "验证码", "取件码", "取货码",
    "提货码", "取餐码", "券码", "兑换码", "尺码", "商品", "sku", "车次", "航班", "第",
)  # fmt: skip
#: What may stand between a Chinese label and its number (订单号是12345, 单号为:12315)
_REFERENCE_SEPARATORS_ZH = ("", ":", "是", "为", "是:", "为:", "#", "no.", "no:")
#: English labels, read without spaces as the matching form is (ordernumber, roomno.,
#: trackingno:), and the words of a number that may follow one (order #12345, ticket
#: no. 12315, booking ref 12345, order number is 12345)
_REFERENCE_LABELS_EN = (
    "order", "room", "rm", "ticket", "case", "item", "sku", "model", "invoice", "receipt",
    "tracking", "waybill", "awb", "parcel", "package", "shipment", "consignment", "booking",
    "reservation", "account", "acct", "card", "member", "membership", "serial", "table",
    "seat", "unit", "apt", "apartment", "suite", "blk", "block", "flight", "policy",
    "contract", "batch", "lot", "po", "ref", "reference", "code", "pin",
    "password", "voucher", "coupon", "product", "part", "article", "job", "claim",
)  # fmt: skip
_REFERENCE_SEPARATORS_EN = (
    "", ":", "#", "no", "no.", "no:", "no.:", "nr", "nr.", "num", "num.", "number", "id",
    "id:", "ref", "ref:", "is", "numberis", "no.is", "number:",
)  # fmt: skip
#: A number's own marks before it: a number sign (#12345; not a Weibo topic, #12345# or
#: #12315投诉平台#, which names the hotline), a label's abbreviation (no.12345, nr.12345,
#: id:12345), a code's letters or digits joined by a hyphen, a slash, an underscore or a
#: point (so-12345, 400-12345, a/12345, v1.12345), a currency (¥12345, s$12345, rmb12345)
_REFERENCE_MARKS = (
    "no.", "no:", "nr.", "id:", "id#", "¥", "$", "€", "£", "rmb", "usd", "sgd", "hkd",
)  # fmt: skip
#: What may stand before an English label (R-CMP-07): the start of a word, told by no
#: letter before it or by a word that leads a label (my order, the room, a ticket, for
#: order …); the matching form has no spaces, so a word that only ends in a label
#: (remember, unacceptable, inform, department, pilot) labels nothing
_LABEL_LEADS_EN = (
    "my", "your", "our", "his", "her", "their", "the", "this", "that", "its", "a", "an",
    "of", "for", "about", "regarding", "with", "same", "new", "check",
)  # fmt: skip
_WORD_START_EN = "(?:(?<![a-z])|" + "|".join(f"(?<={re.escape(w)})" for w in _LABEL_LEADS_EN) + ")"
#: What may stand before a Chinese label 号: no day's number (3月5号, 今天5号, 十五号 are
#: dates, and a hotline may follow one: 3月5号12345已经受理了); 单号, 工号, 尾号, 卡号 are labels
_NOT_A_DATE_ZH = "(?<![0-9一二三四五六七八九十两廿卅])"
_REFERENCES = frozenset(
    {
        *(
            label + sep
            for label in _REFERENCE_LABELS_ZH
            if label != "号"
            for sep in _REFERENCE_SEPARATORS_ZH
        ),
        *_REFERENCE_MARKS,
    }
)
_REFERENCES_HAO = frozenset("号" + sep for sep in _REFERENCE_SEPARATORS_ZH)
_REFERENCES_EN = frozenset(
    label + sep for label in _REFERENCE_LABELS_EN for sep in _REFERENCE_SEPARATORS_EN
)


def _none_before(words: frozenset[str], lead: str = "") -> str:
    """No word of ``words`` right before, ``lead`` (a zero-width test) before the word
    (Python's look-behinds are of one width each: one per width)."""
    return "".join(
        f"(?<!{lead}(?:" + "|".join(re.escape(w) for w in sorted(words) if len(w) == width) + "))"
        for width in sorted({len(w) for w in words})
    )


#: No reference label before a number, nor a code's letters or digits joined to it, nor a
#: number sign that is no Weibo topic's (#12345#, #12315投诉平台#: the topic names the hotline)
_NOT_A_REFERENCE = (
    _none_before(_REFERENCES)
    + _none_before(_REFERENCES_HAO, _NOT_A_DATE_ZH)
    + _none_before(_REFERENCES_EN, _WORD_START_EN)
    + rf"(?:(?<!#)|(?=\d+(?:#|{HAN}{{1,12}}#)))"
    + r"(?<![0-9a-z][-/_])(?<!\d\.)"
)
#: What may not follow a hotline's number: more digits, joined by a mark or not (12345678,
#: 12345-6, 12345.00), a unit, a count or a label's 号 (12345元, 12345个, 12345号房,
#: 12345室; not 号码: 12345号码 is the hotline's), a currency in words (12345yuan)
_NOT_A_REFERENCE_AFTER = (
    r"(?![-/_.]?\d)(?![元块角个次米室房件台斤份箱张瓶盒克楼栋层]|号(?!码|线))"
    r"(?!(yuan|rmb|usd|sgd|dollar|pcs|pieces|points|pts|km))"
)


#: Nothing later in an English sentence that turns a verdict into a concession (not bad,
#: but …; no complaints, however …; not bad though the room was dirty) or asks it (not bad?),
#: the litotes of ``en.litotes`` being praise only told whole (R-CMP-01).  The matching form
#: has no spaces, so a but inside a word (button, butter, butcher, debut, rebut, attribute)
#: is told apart by its letters (but the is butthe, but terrible butterrible), and the
#: though of thought is none (though the is thoughthe).
_NO_CONCESSION_EN = (
    r"(?![^.!?;。]{0,80}?((?<!de)(?<!re)(?<!tri)(?<!hali)but(?!ton|ter(?!r)|tock|ch|le|ane)|"
    r"however|though(?!t(?!h))|except|apartfrom|otherthan|shame|pity|unfortunately|sadly|但|"
    r"不过|可是|就是))"
    r"(?![^.!;。]{0,80}?\?)"
)
#: What makes an English litotes no verdict yet, told right after it (R-CMP-01): a condition
#: (couldn't be better if you refunded me, unless …), a time that may still run out (no
#: complaints so far, until the technician came, not yet), a sarcasm's purpose or yardstick
#: (couldn't be better designed to waste my time, not bad for a product that broke)
_NOT_YET_EN = (
    r"(?!(atall|really|honestly)?(if|unless|until|till|when|sofar|yet|designedto|fora|foran))"
)
#: A fault told in English anywhere in a text (R-CMP-01): a litotes is praise only when
#: nothing else in the text reads as a fault, as ``pr.softened-fault`` is silenced by a fault
#: of health told anywhere (no complaints so far. My parcel is still missing: a complaint)
_FAULT_EN = (
    r"missing|(?<![a-z])lost|brok(e|en)|damaged|defect|faulty|delay|(?<!trans)(?<!choco)(?<!p)"
    r"(?<!re)late(?!st|ly|r)|refund|wrong|rude|dirty|overcharg|chargedtwice|cancell?ed|waste|"
    r"worst|terrible|awful|horrible|disgust|unacceptable|disappoint|spil(l|t)|scam|fraud|"
    r"never(?!mind)|still(not|no|hasn|haven|isn|didn|waiting|missing)|"
    r"(not|n['’]?t|never)(been)?(received|delivered|arrived?|work(ing|ed|s)?|fixed|resolved|"
    r"refunded|answered|replied|apologi[sz]ed|came|come|showedup)"
)
#: What makes an English verdict no verdict of the writer's: a wish or a condition before it
#: (I hope it's not bad, if it's not bad, whether it's not bad)
_NOT_A_VERDICT_EN = (
    r"(?<!hope)(?<!hopeit's)(?<!hopeitis)(?<!if)(?<!ifit's)(?<!ifitis)(?<!whether)"
    r"(?<!whetherit's)(?<!whetheritis)(?<!can)"
)


def _hotline(numbers: str) -> str:
    """The pattern of a hotline's number of ``numbers`` (an alternation) read as a
    hotline (R-CMP-07): a number of its own, no reference label before it (订单号12345,
    房间12315, My order #12345, ticket no. 12315, so-12345) and no more digits, unit or
    label after it (12345678, 12345.00, 12345元, 12345号房); only asked about (打12345咨询
    社保, 咨询了12315), none.  The number is looked for first, so the look-behinds run only
    where it stands.

    >>> found = re.compile(_hotline("12315|12345"))
    >>> [bool(found.search(t)) for t in ("我已经打了12315", "@12315网上投诉", "12345")]
    [True, True, True]
    >>> [bool(found.search(t)) for t in ("订单号12345还没发货", "房间12315的空调坏了",
    ...     "工单号:12315", "myorder#12345stillnotdelivered", "ordernumberis12345",
    ...     "orderso-12345", "13912345678", "12345元", "打12345咨询社保")]
    [False, False, False, False, False, False, False, False, False]
    """
    return (
        rf"(?=(?:{numbers})(?!\d)){_ASKED_BEFORE}(?<!\d){_NOT_A_REFERENCE}"
        rf"({numbers}){_NOT_A_REFERENCE_AFTER}{_ONLY_ASKED}"
    )


#: What a group only says, thinks or likes (大家都说好吃, 大家都很满意, 很多顾客都推荐): a view
#: shared, no grievance of several customers (R-CMP-07)
_GROUP_VIEW = (
    r"都?(说|觉得|认为|夸|赞|称赞|喜欢|爱|推荐|好评|满意|知道|认可|点赞|回购|在用|用过|吃过|"
    r"(很|挺|非常|特别|超)(满意|喜欢|开心|高兴|好|棒|认可|愉快|赞))"
)
#: Words of the press and of social platforms, and what makes a count a repeat complaint
#: (R-CMP-07 ``sig.*`` rules): a contact about the matter or a failure that came back.
_PRESS = "媒体|记者|电视台|报社|报纸|央视|焦点访谈|315晚会"
_PLATFORMS = "微博|抖音|小红书|快手|b站|知乎|头条|网上|论坛|大众点评|点评网"
_CONTACT = (
    "投诉|反映|反馈|打电话|致电|来电|联系|催|沟通|交涉|找你们|找客服|提出|"
    "申请|报修|去信|写信|留言|问了|说了|要求"
)
#: Failure words are two characters or more where a single one is also an everyday verb
#: or noun (换了两次尺码, 会员卡用了很多次, 出现过几次的活动: no repeat).
_FAILURE = (
    "维修|修|返修|返厂|更换|换货|换新|调换|坏|出现(?:问题|故障|毛病|同样|这种|这个|类似)|"
    "发生(?:故障|同样|这种|这个|类似)|故障|报警|漏|异响|响声|作响|熄火|死机|困人|卡住|卡顿|卡死|"
    "跳闸|搞错|弄错|做错|送错|拿错|漏送|少送|迟到|超时|晚到|出问题|出毛病"
)
_TIMES = "(第?[二三四五六七八九十两几2-9]|好几|很多|这么多|多|屡)次"
#: A contact made to the customer (给我打电话, 跟我联系, 找我): the staff's, no repeat
#: complaint of the customer's (R-CMP-07)
_NOT_TO_ME = "(?<!给我)(?<!给我们)(?<!跟我)(?<!向我)(?<!找我)(?<!和我)(?<!联系我)"
#: ... nor one made at the customer, told right after the count (打三个电话让我续卡, 催了三次
#: 叫我还款, 打了好几次电话推销); what the customer asked for (多次要求开发商给我打印合同) is
#: their own repeat, so 给我 is no such cue
_NOT_AT_ME = r"(?![^,。.!?;]?(让我|叫我|催我|逼我|要我|找我|问我|通知我|提醒我|骚扰|推销))"
#: Not a reaction to a sight or a word, told as hyperbole (看到蒙牛就晕倒, 一看价格就晕倒,
#: 听到这话就晕过去): the sight and 就 up to four characters apart, before the word
_NOT_AT_SIGHT = "".join(
    rf"(?<!{seen}{'.' * gap}就)"
    for seen in ("看到", "看见", "一看", "听到", "想到")
    for gap in range(5)
)


def _not_after(words: str, gap: int, chars: str = "[^。.!?;]") -> str:
    """Look-behinds: none of ``words`` (``|``-separated) up to ``gap`` characters of
    ``chars`` before the match (Python's look-behinds are of one width, so one per length
    and gap)."""
    by_length: dict[int, list[str]] = {}
    for word in words.split("|"):
        by_length.setdefault(len(word), []).append(word)
    return "".join(
        rf"(?<!(?:{'|'.join(same)}){chars * n})"
        for same in by_length.values()
        for n in range(gap + 1)
    )


#: A fainting told as a figure of speech: a price, a bill or a temper named earlier in the
#: same sentence (价格贵到晕倒, 一看账单我差点晕倒, 这价格让人晕倒, 贵得离谱，我都快晕倒了,
#: 气到晕倒) — the cause word, not a list of the words between (R-CMP-07).  A shop called
#: 贵店 is no price (在贵店晕倒了 stays an injury), nor is the weather 天气 a temper.
_NOT_A_FIGURE = _not_after(
    "价格|价钱|账单|离谱|收费|扣费|话费|天价|标价|报价|房价|这价|那价|价位|多少钱|"
    "太贵|好贵|真贵|很贵|贼贵|超贵|死贵|这么贵|那么贵|贵得|贵到|贵哭|"
    "气得|气到|气死|吓得|吓到|笑得|笑到|看得",
    8,
)
#: Goods named after an injury word: a remedy, a cover or a guard for it (扭伤膏, 跌打扭伤
#: 喷雾, 骨折险, 防烫伤手套, 防摔伤护具) — a product noun, no injury (R-CMP-07); shared by
#: ``sig.safety`` and ``sig.injury``
_INJURY_PRODUCTS = _w(
    "药 膏 喷雾 喷剂 酊 险 手套 护具 护膝 护腕 护腰 护垫 功能 设计 材料 涂层 用品 装备 产品 系列"
)
#: Staff as the caller (客服打了三次电话给我, 快递员打了好几次电话, 师傅来电三次): the
#: company's contact, no repeat complaint of the customer's — unless the staff are whom the
#: customer called (我给客服打了三次电话) (R-CMP-07)
_STAFF = (
    "客服|快递员|快递小哥|快递|小哥|骑手|外卖员|司机|销售|业务员|工作人员|师傅|店员|经理|"
    "前台|物业|商家|卖家|店家|对方|他们|她们"
)
_NOT_BY_STAFF = "".join(
    rf"(?<!(?<!给|向|跟|和|找|问|打|拨)(?:{'|'.join(w for w in _STAFF.split('|') if len(w) == k)})"
    rf"(?!电话|热线|号){'[^,。.!?;:…~]' * n})"
    for k in sorted({len(w) for w in _STAFF.split("|")})
    for n in range(4)
)
#: A few characters of the same clause.
_GAP = "[^,。.!?;:…~]"
#: Signing up for a service (办理, 开通, 申请): "为什么我不能办理X", "我为啥办理不了", "怎么办不了"
#: ask whether the writer is eligible, a consultation by the labelling guide (telecom,
#: finance: "我的怎么没有花呗"), not a failure of a service the writer has.  A failure
#: question's 不能/无法 is no complaint cue before one of them, nor 不了 after one.
#: What a complaint word asked about is followed by: the way to complain or claim, and the
#: standard or the rules of a claim (投诉电话, 行李丢失赔偿标准)
_ASKED_AFTER = ("电话", "渠道", "方式", "流程", "标准", "规定", "政策")
_SIGN_UP = "办理|办|开通|订购|申请|参加|加入"
_NOT_SIGNING_UP = rf"(?!{_SIGN_UP})"
#: ... and, asked why not (为什么我不能借钱, 为何不能提前部分还款), borrowing or repaying so:
#: the terms' matter as a sign-up is (the thirty-seventh round; told, 无法借款 is a failure)
_ELIGIBLE = rf"{_SIGN_UP}|借钱|借款|贷款|分期|提额|提前部分还款|提前还款|部分还款"
_NOT_ASKING_ELIGIBLE = rf"(?!{_ELIGIBLE})"
_NOT_SIGNED_UP = "(?<!办)(?<!办理)(?<!开通)(?<!订购)(?<!申请)(?<!参加)(?<!加入)"
#: ... nor 不给/不让 before one of them (为什么一直不给我开通借呗), nor 没有 before the credit
#: service itself (我的号为啥没有花呗: the guide's "我的怎么没有花呗")
_NOT_LET_SIGN_UP = rf"(?!我?(?:{_SIGN_UP}))"
_CREDIT = "(?:蚂蚁)?(?:花呗|借呗)"
#: A repair or a service named beside a part (维修后, 修了三次, 保养完): the part is what
#: the repair is about (the fortieth round's part rules, R-CMP-02)
#: A return, an exchange or a refund asked for (我要退货, 要求换车): the guide puts the demand's
#: category first, so a part named beside it gives the product no weight of its own (the
#: fortieth round's part rules' silencers, R-CMP-03)
_DEMANDED = r"退货|退款|退钱|换货|退换|退车|换车|换新|退机|换机|退掉|要求退|要求换"
_REPAIRED = _w("维修 修理 修了 修后 修过 修完 修好 修不好 返修 保养 检修 换过 换完 换了 换个 更换")
#: One-character and short faults that 又…又… joins (又臭又黑, 又贵又难吃; the thirty-fifth round)
_FAULTS = "臭|脏|贵|慢|小|难吃|难喝|乱|吵|旧|破|差|咸|油|腻|硬|冷|黑|长|少|丑|难用|卡|挤|闷"

#: The rule whose match marks a repair request (``Classification.repair_request``): a
#: fault reported with a request to send someone or fix it (报修), no blame in the text
# a mention of the media or a regulator denied earlier in its clause (我不会找记者的, 没有上
# 热搜): the cues the loss words honour (Complaint.loss_words), told apart from a grievance (没人
# 管, 没解决我就找记者) — shared by the media and the regulator rules (R-CMP-07)
_INVOLVEMENT_DENIED = (
    "不会",
    "不是要",
    "不至于",
    "并不打算",
    "不想",
    "不打算",
    "不准备",
    "不需要",
    "不用",
    "没有",
    "没",
    "并未",
    "从未",
    "从没",
    "未曾",
    "无意",
    "won't",
    "won’t",
    "willnot",
    "never",
    "don'twant",
    "don’twant",
    "notgoingto",
    # English denials of a deed (I didn't call the police, we haven't sued)
    "didn't",
    "didn’t",
    "didnot",
    "haven't",
    "haven’t",
    "havenot",
    "hasn't",
    "hasn’t",
    "hasnot",
    "nothing",
    # not needed, not meant or not being done (no need to involve the police, we don't need
    # a lawyer, I'm not suing anyone, without the police)
    "noneed",
    "needn't",
    "needn’t",
    "don'tneed",
    "don’tneed",
    "donotneed",
    "without",
    "amnot",
    "i'mnot",
    "i’mnot",
)
_INVOLVEMENT_NOT_DENIED = (
    # a question that threatens (这不是要逼我上法院吗) denies nothing
    "这不是要",
    "不是要逼",
    "是不是",
    "有没有",
    "不是吗",
    "没想到",
    "不知道",
    "能不能",
    "可不可以",
    "没人",
    "没办法",
    "没有办法",
    "没用",
    "没有用",
    "没解决",
    "没有解决",
    "没处理",
    "没有处理",
    "没回复",
    "没有回复",
    "没反应",
    "没有反应",
    "没结果",
    "没有结果",
    "没下文",
    "没给",
    "没有给",
    "不会处理",
    "不会解决",
    "不会管",
)
# the sector regulators' names as a pattern (人行 the central bank, not a pavement: 人行道,
# 人行横道, 人行天桥)
_SECTOR_BODIES = "|".join(
    r"人行(?!道|横道|天桥|走廊|通道)" if body == "人行" else body for body in SECTOR_REGULATORS
)

REPAIR_REQUEST_RULE = "desk.repair-request"
#: What makes a reported fault more than a routine repair request: blame or anger, a
#: repeat failure, a delay, a claim (又坏了, 修了几次, 报修三天没人来, 太差, 投诉, 赔偿)
_NOT_A_ROUTINE_REPAIR = (
    r"又|再次|还是(不|没)|反复|屡次|老是|总是|第[二三四五六七八九十几两2-9]次|[几多两三四五]次|"
    r"没人(来|管|理|修|处理)|不来|没来|还没|一直没|至今|到现在|好几天|几天了|天了|星期了|周了|月了|"
    r"太差|太慢|垃圾|投诉|凭什么|什么破|破玩意|搞什么|怎么回事|到底|气死|无语|受不了|不负责|"
    r"赔偿|损失|退钱|退款|索赔|报销|曝光|[二三四五六七八九十几两2-9]回|[几多两三四五]遍|"
    r"!!|unacceptable|again|terrible|ridiculous"
)

#: Goods shops' words (the rules ``goods.*``, R-CMP-01, R-CMP-02): a watch or a clock (not
#: 表示, 表扬, 表格, 代表, 发表, 外表, 时间表, nor the 钟 of 分钟, 钟头, 钟点), a stone or the
#: setting that holds it (not a membership's 蓝钻 nor 钻进, not 凤爪 nor 鸡爪), a piece
#: that can bend or break, the papers that come with a sale
_TIMEPIECE = (
    r"(?<![代发外图报列课仪电水气时间价分秒点几])(手表|腕表|表|钟(?![头点])|机芯|闹钟|挂钟|座钟)"
    r"(?![示扬达格演情态现白明面述层彰率单哥姐弟妹决露])"
)
_STONE = (
    r"((?<![蓝黄红绿紫电超])钻(?![进到出过入研])|钻石|碎钻|小钻|主钻|主石|副石|宝石|石头|珍珠|翡翠|蛋面|"
    r"水钻|锆石|镶石|镶口|(?<![凤鸡鸭猪龙狗猫鹰虎熊鹅])爪子?|戒托|"
    r"表扣|搭扣|链扣|弹簧扣|扣头|耳堵|耳针|耳钉)"
)
_PIECE = (
    r"(镯子|手镯|金镯|银镯|戒指|婚戒|对戒|戒圈|指环|耳环|耳钉|手链|项链|链子|脚链|吊坠|坠子|胸针|"
    r"发夹|表带|表链|表壳|表盘|表镜|表蒙|表冠|表针|指针|镜框|镜腿|镜架|眼镜|鼻托|镜片|金条|金饰|银饰|"
    r"首饰)"
)
#: A gas leak or smell in English not denied right before it (we never smelled gas, there is
#: no gas leak, I didn't smell gas): the normalised text has no spaces, so a look-behind.
_GAS_EN_NOT = r"(?<!never)(?<!n't)(?<!nt)(?<!not)(?<!no)(?<!without)"
_PAPERS = (
    "鉴定证书|证书|鉴定书|检测证书|质检证书|保修卡|(?<![社医])保卡|质保卡|保修单|保修证|发票|小票|收据|"
    "吊牌|标签|合格证|说明书|原装盒|表盒|首饰盒"
)
#: a defect feared or asked about, not reported (会不会掉钻, 怕掉色, 如何防止氧化, 保养)
_GOODS_WORRY = (
    r"会不会|会不|是否会|容易|怕|担心|万一|如果|要是|防止|避免|以免|免得|保养|注意什么",
)
#: a repair of a defect asked about (金项链断了能在你们店修吗？, 表停了换电池多少钱): the
#: labelling guide's question about a repair, a consultation, so the ``goods.*`` defect
#: rules are silenced and the text reads as it would without them
_GOODS_REPAIR_ASKED = (
    r"(能|可以|能不能|可不可以|能否|可否|是否可以|还能)[^,。.!?;]{0,8}(修|维修|修理|修复|补|焊|改|换电池|"
    r"调|校准|清洗|翻新)[^,。.!?;]{0,6}(吗|么|嘛|不|\?)|多久能修|修好要多久|(修|维修|换电池|焊|补)"
    r"[^,。.!?;]{0,4}(多少钱|收费|要钱|收多少|费用)"
)
#: a fault back or still there, a redo or a scratch (又坏, 还是不, 反而, 第二天又, 重做, 划痕):
#: a complaint; a repair's matter only after a repair told before it (the forty-third round)
_AGAIN_OR_STILL = (
    "又坏|又亮|又漏|又开始|又不能|又响|又卡|又抖|又出|还是不|还是有|反而|起泡|没两天|第二天又|"
    "老毛病|老样子|重新弄|重新做|重做|刮痕|刮花|划痕|划花|蹭花"
)

#: money short of what is owed, or a cost put on the customer (只给1200, 差价要我自己出, 让我
#: 自己掏钱): a dispute over money, which no neutral talk of a car or a dealer outweighs (the
#: forty-fourth round, R-CMP-01)
_R44D_MONEY_SHORT = (
    r"差价|差额|(只|才|仅)(肯)?(给|赔|赔付|核定|定损|批)(定|付)?了?(我)?[0-9两一二三四五六七八九十几半]|"
    r"(让|要|叫)(我|我们)(自己|自个儿?)(出|掏|承担|付|垫|补|买单)|自己掏钱"
)
#: the words of an insurance claim and its handling (理赔, 拒赔, 定损, 查勘, 赔付): the claim
#: is the execution of the insurance contract (labelling guide, finance: sales_contract)
_R44D_CLAIM = r"理赔|拒赔|赔付|赔款|理赔款|定损|查勘|勘查|核赔|理赔员|定损员|查勘员|勘察员"
#: a number of months or years (三个月, 半年, 一年多): a long time for a claim, a call back
#: or a delivery
_R44D_LONG_TIME = (
    r"([0-9两一二三四五六七八九十几]+个多?月|[0-9两一二三四五六七八九十几]+年|大?半年|半个多月)"
)
#: praise words a sarcastic customer uses (神速, 真快, 效率真高, 真及时)
_R44D_FAST = (
    r"神速|真快|好快|太快了|很快|挺快|快啊|高效|效率真高|效率好高|效率太高|真及时|很及时|真是及时"
)
#: a parcel or what was sent (包裹, 快递, 快件, 邮件, 寄的东西)
_R44D_PARCEL = r"包裹|快递|快件|邮件|邮包|寄的东西|寄的件|我的件|货物"
#: a place a parcel is left instead of the door (快递柜, 丰巢, 驿站, 代收点, 门卫)
_R44D_DROP = r"快递柜|丰巢|驿站|菜鸟站|菜鸟|代收点|门卫|门口|楼下|传达室|保安室|物业"
#: a courier's storage or extra fee (保管费, 超时费, 上楼费)
_R44D_FEE = r"保管费|超时费|超期费|滞留费|寄存费|存放费|仓储费|上楼费|派送费|送货费|取件费|逾期费"

#: What one is told to keep away from or to resist that is no firm (R-CMP-01, R-CMP-02): a
#: hazard of a product's own label (请将本产品远离儿童放置, 使用时远离火源, 远离高温), a vice,
#: a danger or an abstract evil of a health or civic slogan (远离毒品, 远离烟草, 抵制不良信息,
#: 抵制校园欺凌, 抵制电信诈骗), a place or a noise (远离市区, 远离喧嚣).  Looked for within the
#: first few characters after 远离 / 抵制 (网络赌博, 校园欺凌), except before a firm's word
#: (抵制不良商家 is a boycott of firms)
_R49_NOT_A_FIRM = (
    r"儿童|孩子|小孩|婴儿|婴幼儿|幼儿|宠物|孕妇|火源|火种|明火|火焰|火苗|热源|高温|水源|潮湿|阳光|"
    r"日晒|暴晒|直射|辐射|磁场|磁铁|电源|易燃|腐蚀|化学品|毒品|烟草|香烟|吸烟|二手烟|烟酒|酒精|酗酒|"
    r"酒驾|赌博|网赌|黄赌毒|色情|涉黄|诈骗|骗局|传销|邪教|迷信|谣言|暴力|欺凌|霸凌|不良|低俗|恶俗|"
    r"庸俗|不文明|陋习|歪风|腐败|浪费|诱惑|盗版|假冒|伪劣|毒害|垃圾食品|油炸|熬夜|疾病|病毒|细菌|"
    r"感染|癌症|肥胖|危险|危害|伤害|污染|雾霾|噪音|噪声|负能量|小人|渣男|是非|烦恼|焦虑|抑郁|世俗|"
    r"喧嚣|尘嚣|城市|城区|市区|闹市|人群|市中心|马路|主干道|公路|人烟|繁华|景区|商圈"
)
#: ... as a negative lookahead after 远离 / 抵制 (a screen or a phone kept from a child counts
#: only said alone: 远离手机, not 远离华为手机)
_R49_NO_FIRM_AHEAD = (
    rf"(?![^,。.!?;:…~]{{0,3}}?({_R49_NOT_A_FIRM})(?!商家|店家|企业|公司|厂家|厂商|品牌)|"
    r"(手机|电脑|电子产品|屏幕|网络|游戏)(?![^,。.!?;:…~]{0,2}(公司|品牌|厂家)))"
)
#: A firm or its goods named as what is boycotted (这家, 他们家, 此商家, 这个牌子, 黑心企业,
#: 某某公司, X的奶粉, 日货): the object of a boycott (R-CMP-02)
_R49_FIRM = (
    r"(这|那|此|该|这个|那个|这种|这样的|这类|这些|他|他们|它|它们|你|你们|您)(家|个)?的?"
    r"(商家|店家|店铺|黑店|店|公司|企业|乳企|品牌|牌子|厂家|厂商|平台|奸商|卖家|产品|东西|货)|"
    r"他家|它家|他们家|它们家|你家|你们家|这家|那家|此家|黑心|无良|奸商|黑店|国货|日货|美货|韩货|洋货|"
    r"[^,。.!?;:…~]{1,6}?(公司|集团|企业|乳企|品牌|牌子|商家|厂家|超市|银行|平台|家的|的产品|的奶粉|"
    r"的牛奶|的奶|的酸奶|的东西|的货)"
)
#: Where a name boycotted ends (远离蒙牛！, 珍惜生命，远离联通。, 抵制蒙牛 @某某): a clause's
#: end, the text's, or a tag or a mention after it
_R49_NAME_END = r"(?=$|[,。.!?;:…~#@])"
#: A call to others before 远离 (大家, 奉劝各位, 千万): how a boycott is called
_R49_CALL = (
    r"((请|奉劝|劝|建议|希望)?(大家|各位|朋友们|广大消费者|消费者|网友们)(一定要|千万要|千万|都要|都|要)?|"
    r"千万要?|一定要|赶紧|果断)?"
)

with trusted_data():
    _RULES = (
        # ---- kind cues (R-CMP-01) --------------------------------------------------------
        # ---- the forty-ninth round: a staff member who failed the writer, food called bad,
        # delays that keep coming, a brand boycotted, a lukewarm verdict on the whole
        Rule(
            "kind.staff-failed-me",
            kind=C,
            # (7: by the labelling guide a member of staff rude to or neglectful of the writer
            # is a failure the writer wants handled even in an otherwise warm review, so the
            # cue outweighs the praise of seats, food and the rest beside it)
            weight=7,
            patterns=(
                # the forty-ninth round: a named member of staff who failed the writer (空服人员站
                # 着发呆…也不会帮你, 柜台职员…没有歉意地检查, 门口的保安就很差, 总台服务不太好,
                # 一路躲在机舱聊天的空姐, 志工口气高傲, 服务员不太愿意): not staff praised (服务
                # 员很热情), nor a fault denied (服务员从不冷淡, 不会不耐烦) or supposed (如果服务员
                # 态度差)
                r"(空服|空姐|空少|乘务员|服务员|服务人员|工作人员|前台|总台|保安|地勤|柜台|店员|"
                r"志工|义工|收银员|接待员|客服人员|员工|职员|护士|导游|司机)(人员|小姐|员)?"
                r"[^,。.!?;~]{0,14}?(?<![不没从])(?<!不会)(?<!并不)(?<!没有)"
                r"(站[着著]发呆|也?不会帮|不帮忙|没有歉意|毫无歉意|一点歉意都没有|"
                r"(态度|服务|口气|脸色)(就|也|都|真的|实在)?(很|极|非常|超|太|特别|有点|相当)?"
                r"(差|恶劣|不好|不太好|不怎么样|冷淡|傲慢|高傲|生硬|蛮横)|"
                r"(就|也|真的|实在)(很|非常|超|太)?差|冷冰冰|非常冰冷|很冰冷|不耐烦|"
                r"不太愿意|不愿意帮|不情愿)(?!加班|上班|值班|出差|干活)",
                # ... or hiding to chat, play or sleep on duty (一直躲在机舱聊天的空姐, 服务员在
                # 玩手机不理人)
                r"躲在[^,。.!?;~]{0,6}(聊天|玩手机|睡觉)|"
                r"(聊天|玩手机|睡觉)的(空姐|空服|服务员|店员|员工|护士|保安)",
            ),
            negations=_w(
                "如果 要是 假如 万一 怕 担心 以为 本以为 原以为 不像 不会像 别家 别人家 其他家 "
                "从不 从来不 从来没 我们公司 我们单位 我司 本公司"
            ),
            window_chars=10,
            # (nor the writer's own workplace: 员工都很不情愿加班，我们公司管理有问题, 我司职员
            # 态度差 — staff of the writer's firm, not a firm's staff who served the writer)
            silencers=(
                r"(员工|职员)[^,。.!?;~]{0,10}?(加班|工资|薪水|薪资|福利|待遇|考勤|离职|辞职|积极性)|"
                r"我们(公司|单位|部门|厂)[^,。.!?;~]{0,6}?(管理|制度|领导|老板)|我(手下|下面)的|"
                r"我的(下属|员工)",
            ),
            note="a member of staff who failed the writer (空服人员站着发呆也不会帮你, "
            "保安就很差): a complaint, even in a warm review",
        ),
        Rule(
            "kind.food-bad",
            kind=C,
            weight=6,
            patterns=(
                # the forty-ninth round: the food or the meal called bad without softening (餐点
                # 越来越觉得难吃, 商务舱的餐点真的不好吃, 菜不怎么好吃, 餐饮有点差, 早餐难以下咽):
                # what is served is the thing bought, so the verdict is a complaint whatever is
                # praised beside it (the guide: 不够 / 有待改善 about what is served stays a
                # complaint); not a shortcoming softened in passing (有道菜稍微有点咸: no such
                # verdict word), nor denied (不难吃, 并不难吃) or asked (好吃吗, 难吃吗？)
                r"(餐点|餐食|飞机餐|机上餐|机餐|食物|饭菜|菜品|菜|早餐|午餐|晚餐|早饭|午饭|晚饭|餐饮|伙食|"
                r"外卖|饭)[^,。.!?;~]{0,10}?(?<![不没并])(越来越|真的|实在|很|太|超|超级|非常|特别|巨|"
                r"是真|也|都|就)?(觉得)?(?<!没有)(?<![没并])(难吃|不好吃|不怎么好吃|不太好吃|难以下咽|难以入口|难以恭维|"
                r"劣等|有点差|很差|太差)(?![^,。.!?;~]{0,4}(吗|么|\?))",
            ),
            negations=_w(
                "如果 要是 假如 万一 怕 担心 以为 本以为 原以为 听说 据说 不会 并不 一点也不 "
                "稍微 稍 略 有道 有一道 个别"
            ),
            window_chars=8,
            note="the food called bad (餐点越来越难吃, 菜不怎么好吃): a complaint, whatever is "
            "praised beside it",
        ),
        Rule(
            "kind.often-late",
            kind=C,
            weight=6,
            patterns=(
                # the forty-ninth round: delays that keep coming (经常延迟, 时常会遇到飞机delay,
                # 几乎每次搭都遇到delay, 老是晚点): separate incidents of one failure the writer
                # met, a complaint even in a warm review; not a delay feared or asked about
                # (怕延误, 会不会经常延误？), nor a rare one (很少延误, 从不晚点)
                r"(经常|时常|常常|总是|老是|屡屡|频频|动不动就?|三天两头)(会)?(遇到|碰到|遇上)?"
                r"(飞机|航班|班机|车|火车|高铁|大巴)?(延误|延迟|delay|晚点|误点)"
                r"(?![^,。.!?;~]{0,4}(吗|么|\?))",
                r"(几乎)?每次[^,。.!?;~]{0,10}?都(会)?(遇到|碰到|遇上)?(延误|延迟|delay|晚点|误点)",
            ),
            negations=_w(
                "如果 要是 假如 万一 怕 担心 会不会 是不是 很少 从不 从来不 没有 不会 并不"
            ),
            window_chars=6,
            # (nor delays the writer excuses: 经常延误，我估计是机场饱和，未必是华航的问题)
            silencers=(r"未必是|不一定是|不能怪|不怪|情有可原|可以理解",),
            note="delays that keep coming (经常延迟, 每次都遇到delay): a complaint",
        ),
        Rule(
            "kind.boycott",
            kind=C,
            weight=6,
            patterns=(
                # the forty-ninth round: the writer calls to boycott the firm or turns from its
                # goods in disgust (坚决抵制!, 珍惜生命，远离蒙牛, 看到伊利就想吐, 死不认错): a
                # verdict on the firm, a complaint; not a temptation resisted (抵制诱惑), nor a
                # place far from the town (远离市区, 远离喧嚣)
                # (nor an abstract evil or a hazard resisted or kept away from: 大家一起抵制网络
                # 暴力, 为了健康，请远离烟草, 珍惜生命，远离毒品 — R-CMP-01)
                rf"(坚决|强烈|全民|一起|大家|联合|呼吁|号召)(一起)?抵制(?!诱惑|住){_R49_NO_FIRM_AHEAD}|"
                r"抵制到底",
                rf"(珍惜生命|珍爱生命|为了健康|为了孩子|为了家人|为了身体)[,，]?远离{_R49_NO_FIRM_AHEAD}",
                r"看到[^,。.!?;~]{1,6}就(想吐|恶心|晕|反胃|来气|上火)",
                r"死不认错|拒不认错",
            ),
            negations=_w("如果 要是 假如 不要 不用 没必要 何必"),
            window_chars=6,
            note="a boycott called or the goods turned from in disgust (坚决抵制, 珍惜生命远离X): "
            "a complaint",
        ),
        Rule(
            "kind.so-so-overall",
            kind=C,
            weight=6,
            patterns=(
                # the forty-ninth round: a lukewarm verdict on the whole (总体来说感觉性价比一般,
                # 整体的感受就是一间中规中矩的航空公司, 个人感觉一般般的店, 一般般吧 opening the
                # review): the guide's 一般 / 中规中矩 as the overall verdict, a complaint; not a
                # side judged so in a warm review (其他菜一般，总体很好: no overall word before
                # it), nor an overall verdict that goes on to praise (总体中规中矩，但服务很好 —
                # silenced), nor denied (总体并不一般)
                r"(总体|整体|总的|整个|整體|综合)(来说|来讲|而言|上|的?感受|的?感觉|感觉|评价|体验)?"
                r"(来说|来讲)?[^,。.!?;~]{0,6}?(?<![不并])(性价比|水准|水平)?(就是|是|也就|都|只能算|算)?"
                r"(一般般?|中规中矩|普普通通|平平|差强人意|马马虎虎|不怎么样)(?![^,。.!?;~]{0,3}(好|不错|满意))",
                r"(个人感觉|我感觉|我觉得)(就是|是|是个|挺)?(一般般|中规中矩|普普通通|差强人意)",
                r"^(一般般|一般吧|很一般|感觉一般般)",
            ),
            negations=_w("如果 要是 假如 不 并不 一点也不 绝不 不算"),
            window_chars=4,
            silencers=(r"(但|不过|可是)[^,。.!?;~]{0,6}(很好|不错|满意|好吃|值得|推荐)",),
            note="a lukewarm verdict on the whole (总体来说性价比一般, 中规中矩): a complaint",
        ),
        # Complaint cues are the customer's anger, accusation or demand; they are not
        # "problem" rules, so they count against a suggestion
        # (ClassifierPolicy.wish_frames_problems).
        Rule(
            "kind.complaint",
            kind=C,
            weight=4,
            terms=_w(
                # explicit complaint words, with the common typos 投述/投拆
                "投诉 投述 投拆 举报 差评 维权 有意见 很有意见 意见很大 "
                # verdicts and anger
                "太差 差劲 离谱 过分 气愤 生气 气死 火大 窝火 恼火 寒心 恶心 闹心 糟心 "
                "无语 忍无可忍 受不了 岂有此理 不像话 太不 什么服务 啥服务 什么态度 啥态度 "
                "什么玩意 啥玩意 破玩意 垃圾 "
                # cheating and dodging
                "坑人 坑爹 坑钱 被坑 太坑 坑了 坑我 欺骗 骗人 骗子 骗钱 骗取 忽悠 糊弄 敷衍 欺负 "
                "黑心 奸商 耍赖 赖账 不讲理 不讲信用 没诚信 霸王条款 不算数 扯皮 踢皮球 "
                "推三阻四 推来推去 互相推 "
                # nothing heard back (申请了十几天没动静; the thirty-eighth round)
                "没动静 没有动静 杳无音讯 没有任何进展 "
                # demands (赔偿, 索赔 and 赔钱 are ``kind.claim``'s: a claim may be asked about)
                "给个交代 给个解释 必须给 必须道歉 你们必须 道歉 "
                # rhetorical question words
                "怎么回事 咋回事 怎么搞的 咋搞的 搞什么 搞啥 到底 凭什么 凭啥 有啥用 "
                "有什么用 算什么 几个意思 "
                # English
                # (rude is ``en.rude``'s, which reads its negation: not rude at all)
                "complain terrible unacceptable worst ridiculous disappointed scam "
                "cheated furious awful wasteofmoney neveragain "
                # an English keyword is a whole word (complain is not in complaint; the
                # thirty-fifth round: I want to file a complaint)
                "complaint"
            ),
            patterns=(
                # an account demanded (给个说法, 要个说法, 讨一个说法, 说法何在; the forty-eighth
                # round): not a neutral 说法, a claim or a wording (这个说法对吗, 官方的说法是)
                r"(给|要|讨|还)(我|我们)?(个|一个)?说法|说法何在",
                # 不满, not a count short of a number (驾龄不满1年, 不满十八周岁: the
                # twenty-sixth round)
                r"不满(?![0-9一二两三四五六七八九十百千半]|周岁|岁)",
                r"(气|臭|吵|烦|吓|热|冷|坑|辣|咸|酸|苦|腻|难吃|难喝|贵|挤|闷|丑|慢)死(了|人|我)",
                rf"为(什么|啥)\S{{0,3}}((?:不给|不让){_NOT_LET_SIGN_UP}|不肯|不能{_NOT_ASKING_ELIGIBLE}|还不|"
                r"还没|又|老是|总是|要收)",
                # a question that names a problem is a complaint, whatever its form (怎么还没到？
                # 为什么扣我钱？ 你们为什么停用我的借呗, 怎么还要运费; eleventh round, measured)
                r"(为什么|为啥|为何|怎么|咋)[^,。.!?;:…~]{0,10}(还没|还不|还要|还是没|老是|总是|一直没|"
                r"停用|停了|扣了?我|多扣|乱扣|冻结|没收到|收不到|不到账|没到账|变成了?|"
                # ... or a failure (怎么不能用花呗, 为什么扣不了, 怎么提现不出来, 系统繁忙)
                # (not signing up: 为什么我不能办理X is an eligibility question, a consultation)
                rf"(?:不能|没法|无法){_NOT_ASKING_ELIGIBLE}|用不了|{_NOT_SIGNED_UP}不了(?!解)|不对|失败|"
                r"繁忙|不出来|不见了|"
                # ... or a change for the worse (座位为什么瞎改, 额度为什么降至9500, 为什么不支持了,
                # 为什么每年都不断涨价, 为何迟迟不见修路; the thirty-third round)
                r"瞎|乱(?!码)|涨价|降至|降到|不支持了|那么长时间|那么久|这么久|迟迟|硬性|变更了|改了|"
                r"没有?送)",
                # the twenty-seventh round: money taken for no reason, a debit not made
                # (为什么无缘无故扣钱, 我的卡无缘无故被刷了, 支出金额怎么多了一笔)
                # ... or an account shut for no reason (無故封鎖別人户口, 莫名其妙被冻结; the
                # thirty-fifth round)
                r"(无缘无故|莫名其妙|莫名|平白无故|无故)\S{0,4}(扣|被刷|刷了|少了|多了|被盗|被转|封|锁|"
                r"冻结|停|注销|拉黑)|"
                r"(多了|多扣了?|少了)一笔",
                # the thirty-sixth round: how come it went so (怎么就给我发了一盒, 怎么就变成了30元,
                # 怎么就不能用, 怎么就说我输入错误次数太多): a thing gone wrong, asked back; not
                # 怎么就没早点来 (a praise's regret) nor 怎么就能 (wonder)
                r"(怎么|咋)就(给我|把我|被|让我)?(发|变|说|成|扣|少|多|只|坏|停|封|锁|冻|取消|拒|不(?!早))",
                # the thirty-sixth round: time gone by and still nothing (几天了还没到,
                # 一个星期了都没登录上, 96个小时还没消息, 等了一个月都是没), not a thing still
                # sound after years (用了三年了都没坏, 半年了还没出过问题)
                r"([0-9一二两三四五六七八九十几半多]个?(天|周|星期|月|年|小时|钟头)|好久|这么久|那么久)"
                r"了?(都|还)(是)?(没|未|冇)(?!有?(坏|出|毛病|掉|褪|生锈|漏|问题|故障|修过))",
                # told to stop doing it again: it was done (能不能别再让我等了, 不要再打电话骚扰;
                # the twenty-sixth round: the repeated ! marks that made it one weigh little now)
                r"(别|不要|不许|不准)再(让|叫|给我|发|打|骚扰|推销|送|拖|扣|收|催)",
                # a fix demanded (issue 13: 后视镜松垮希望厂家处理, 赶紧…修复这一功能吧)
                r"(希望|要求|请|恳请|请求|赶紧|尽快)(厂家|厂商|商家|官方|贵公司|你们|相关部门)?"
                r"(尽快|赶紧|马上|及时)?(处理|解决|召回|修复|给个说法|给予解决)",
                # the thirty-sixth round: a fix asked for with haste (希望尽快改善, 望尽快处理,
                # 希望快点改进, 希望尽快更换解决, 请官方尽快修正bug): the haste says the fault
                # was suffered; a wish without it (希望可以改进英文系统) stays a proposal
                r"(希望|请|望|求|麻烦)(你们|官方|厂家|商家|贵公司|医院|酒店)?(能|可以)?"
                r"(尽快|尽早|赶紧|快点|早日|赶快|马上)\S{0,2}(改善|改进|解决|处理|更换|修复|修正|优化|改正|整改)",
                # an authority asked to step in (希望有关部门管管, 请相关部门查实制止, 望彻查)
                # ... or the company asked to rein its staff in after harm nearly done
                # (差点撞到老人，建议管管; 希望管管你们的骑手: the thirty-fourth round)
                r"(建议|希望)(你们|贵公司|平台|公司)?(好好)?(管管|管一管|管理一下)(你们的?|自己的?)?"
                r"(骑手|小哥|快递员|配送员|员工|司机)?(吧|啊)?(?=$|[,。.!?;~])",
                r"(希望|要求|请(?![问教])|恳请|请求|望)(有关部门|相关部门|有关领导|领导|政府|上级部门|"
                r"上级|各部门|职能部门)?\S{0,4}(管一管|管管|查处|整治|介入|严查|查实|制止|取缔|"
                r"一查到底|彻查|调查处理)",
                # ... or to look into it, to act, to speak up (还望相关部门领导关注处理, 敬请有关
                # 部门核实, 恳请相关部门调查, 请相关部门出来说句话; the thirty-third round): named
                # (有关部门), so a wish to a shop (希望你们调查一下) is not one
                r"(希望|要求|请(?![问教])|恳请|敬请|请求|还望|望)(有关|相关|上级|职能)(部门|单位|领导)"
                r"\S{0,6}(关注|核实|调查|查看|重视|督促|说句话|出面|解决|处理)",
                # what do you mean by it, said to the company (你们这是什么意思, 到底啥意思？！,
                # 扣我钱是什么意思); what a term or a message means is a question (免赔额是什么
                # 意思: ``kind.info-query``, ``kind.procedure``)
                r"(你(?!好)|您(?!好)|到底|究竟|这是)[^。.!?;:…~]{0,12}?(什么意思|啥意思)",
                r"^(什么意思|啥意思)|(什么意思|啥意思)(啊|呀|呢)?(\?{2}|!|\?!)",
                r"(扣|收|停|封|拒|罚|骗|拉黑|删|挂)\S{0,4}(我|人)\S{0,4}(什么意思|啥意思)",
                # the thirty-eighth round: told a refusal or bad news at the desk (到了却被告知没房,
                # 被告知不允许退货, 被告知需要拿号; 22 of 22 such dev texts are complaints), not
                # good news told (被告知免费升级了房间)
                r"被告知(?![^,。.!?;]{0,6}(免费|升级|中奖|赠送|送了|优惠|提前|没问题|已经(办|解决|处理|退)))",
                # a wait for what is due, asked in impatience (基站什么时候才能修好, 退款何时才能
                # 到账, 到底什么时候才能做好; the thirty-eighth round; 4 of 4 dev texts): a wait,
                # a complaint by the labelling guide; not what the writer hopes to get or do
                # (什么时候才能买到, 何时才能开通运行, 什么时候才能开始: a consultation)
                r"(什么时候|啥时候|何时|几时|要等到什么时候)(才|到底|究竟)(能|会|可以)?(给个?|给我)?(修好|修|到|送到|"
                r"送来|发货|发出|退款|退钱|到账|解决|处理|恢复|好|通|来电|来水|回复|答复|办好|做好|整治好|"
                r"治理|生效|完成|改造完|处理好|弄好|搞好|下来)",
                # a fault that keeps coming back (经常闪退, 老是死机, 三天两头断线; 10 of 10 dev
                # texts complaints; the thirty-eighth round): no small shortcoming a wish could
                # carry (很好用，就是经常闪退，希望能改进)
                r"(经常|总是|老是|动不动就?|时不时|频繁|三天两头)(会|就)?(闪退|死机|卡顿|卡死|掉线|断网|"
                r"黑屏|重启|崩溃|出错|停电|停水|漏水|断线|自动关机|没信号)",
                # a thing withheld from the writer (不给换, 百亿补贴不给价保, 不给开发票, 拖了一个
                # 月也不给退, 不给我打电话); not a sign-up refused (为什么不给我开通借呗: an
                # eligibility question), nor 要不给我取消了 (a proposal), nor a question about it
                # (…就不给赔了？)
                r"(?<![给要])不给(我|你)?(换|退|价保|补|开(?!通)|处理|解决|发|赔|修|保修|报销|打电话|"
                r"回复|答复|说法|交代)(?![^,。.!?;]{0,8}(吗|么|嘛|\?))",
                # the forty-seventh round: the same deed denied as help withheld (一直不帮我处理,
                # 就是不帮忙解决, 师傅不肯帮我装, 客服就是不帮忙): the firm would not act; not an
                # A-not-A question or a proposal (能不能帮我处理, 帮不帮我装, 要不帮我退了吧, 会不会
                # 帮忙), nor a question about it (…不帮忙处理吗？)
                r"(?<![给要能可会帮肯愿])(不|不肯|不愿|不愿意)帮(我|你|我们|人|客人|顾客)?(忙)?(换|退|处理|"
                r"解决|装|安装|修|维修|弄|查|办|申请|协调|联系|反映|登记|改|取消)?"
                r"(?<=[忙换退理决装修弄查办请调系映记改消])(?![^,。.!?;]{0,8}(吗|么|嘛|\?))",
                # no answer or no fix obtained (未能得到很好的处理结果, 得不到任何回复, 无法解决);
                # not a condition (如果没有解决) nor a question (没有回复吗？)
                r"(?<!如果)(?<!要是)(?<!假如)(没有|未能|得不到)(得到|获得)?[^,。.!?;]{0,6}"
                r"(回复|答复|回应|解决|处理)(?![吗么呢?])",
                # the thirty-eighth round: not at all (根本送来的就不是我订的, 根本无法支付, 根本
                # 用不了); not 根本没法比 (a comparison) nor a fault denied (根本没有问题)
                r"根本([^,。.!?;]{1,5}就|就)?(不是|没有?(?!法|问题|毛病|缺点|坏|故障|出过|必要)|"
                r"不(能用|行|管用|好用|理|回)|无法|用不了)",
                # a complaint asked as a question (R-CMP-01): why every time, why by itself (为什么
                # 每次打开都提示定位, 为啥自动放音乐), how come (怎么会欠费？, 怎么会变成这样),
                # not how to set it (怎么设置自动还款)
                r"(为什么|为啥|为何)[^,。.!?;]{0,6}(每次|总要|自动|突然|动不动)|"
                r"怎么会(欠费|停机|扣|变成|这样|出现|被)",
                # money or a card taken or locked (卡被盗用如何处理, 有人刷了我的卡, 突然锁卡):
                # the harm is the point, the question its form
                r"(被盗用|被盗刷|盗刷了|被盗了|刷了我的|破解了我|被冒用|冒用了我)|突然(锁|冻结|封|停用)",
                # shame on the firm (你们好意思上架？, 还好意思收钱)
                r"(还|也|你们|你)好意思(?!问)",
                # a fault met with surprise (居然要这么久, 竟然这么慢), refused again and again
                # (激活后总是被拒绝), a thing the desk will not do (不太肯办), a notice or a
                # refund not in time (没有即时通知, 未及时退款), nothing made good (并没有任何补偿)
                r"(居然|竟然)[^,。.!?;]{0,4}(这么|那么|如此)(慢|久|贵|差|难用|麻烦|烂|少|小)|"
                r"(总是|一直|老是|又|再次|还是|都)被拒|不肯(办|给|退|处理|修|换|赔|解决)|"
                r"(没有?|未|不)(即时|及时)(通知|回复|处理|到账|发货|退款|告知|更新|回应)|"
                r"(没有|没|无)任何(补偿|赔偿|说法|解释|道歉|回应)",
                # money taken while the purchase failed, whatever is then asked (钱已经扣了怎么退,
                # 为什么交易待支付，钱扣了, 已经扣款了但是没有交易明细), not asked whether it was
                # (已经扣款了吗？), and an apology called useless (说对不起有用么？)
                r"(钱(被|也|都|已经|却)?扣了|扣了(我的)?钱|已经扣款)(?![^,。.!?;]{0,3}(吗|(?<![怎什这那多])么|没|\?))|"
                r"(道歉|对不起|赔礼)有(用|什么用|啥用)",
            ),
            negations=(
                "如何",
                "怎么",
                "怎样",
                "可以",
                "电话",
                "渠道",
                "咋",
                # the writer says they are not complaining (我不是要投诉，只是想问; issue 13)
                "不是要",
                "不是想",
                "不是来",
                "并不是",
                "不想",
                "无意",
            ),
            negations_after=(
                *_ASKED_AFTER,
                "热线",
                "分类",
                "桶",
                "袋",
                "清运",
                "清理",
                "站",
            ),
            # a praise word inside a complaint's own words praises nothing (未能得到很好的处理,
            # 真是好意思; the thirty-eighth round)
            overrides=("pr.general", "pr.service", "pr.goods", "pr.delivery", "pr.fair"),
            note="explicit complaint words, anger, accusations and demands",
        ),
        Rule(
            "kind.not-complaint",
            kind=Q,
            weight=1,
            # the writer says it is no complaint (不是投诉，只是想问发票; 我不是投诉，就是问问;
            # the thirty-fifth round): the complaint word denied counts for nothing
            patterns=(r"(?<!是)(不是|并不是|并非)(要|来|想|在)?(投诉|举报)(?![了过的])",),
            overrides=("kind.complaint",),
            note="a complaint denied by its writer (不是投诉，只是想问): no complaint word",
        ),
        Rule(
            "kind.claim",
            kind=C,
            weight=4,
            terms=_w("赔偿 索赔 赔钱"),
            negations=("如何", "怎么", "怎样", "可以", "咋", "不是要", "不是想", "并不是", "不想"),
            negations_after=(
                *_ASKED_AFTER,
                "范围",
                "金额",
                "多少",
                "条件",
                "品牌",
                "比例",
            ),
            # the twenty-sixth round: compensation asked about (保险公司赔偿吗, 对方得赔偿多钱,
            # 不赔情况是怎样的) is a consultation, as a question about a procedure is
            question_frames=(
                *QUESTION_FRAMES,
                r"(赔|赔偿|赔钱)(吗|么|嘛|不)",
                r"(多少钱|多钱|怎样的|是怎样)",
            ),
            note="compensation demanded (赔偿, 索赔): a complaint; asked about, a consultation",
        ),
        Rule(
            "kind.escalation",
            kind=C,
            weight=4,
            patterns=(
                # taken to a regulator or the press (@了消协, 打了12315, 已经投诉到市场监管局)
                # (not a reference: 找了房间12345 names a room; _hotline)
                r"(@|艾特|圈了|告到|投诉到|投诉给|举报到|反映到|打了|拨打了|打过|找了|报了|报到)"
                rf"\S{{0,2}}({_hotline('12315|12345')}|消协|消费者协会|市场监管|工商局|工商部门|{_PRESS})",
                # posted on a platform (我已经在微博上发了, 发到抖音上曝光)
                rf"在({_PLATFORMS})上?(发了|发过|挂了|晒了|曝光了|吐槽了)",
            ),
            negations=("不会", "不想", "不打算", "没有", "如何", "怎么", "可以", "能不能", "是否"),
            question_frames=QUESTION_FRAMES,
            note="the matter taken to a regulator, the press or a platform: a complaint "
            "(R-CMP-07's signals say which)",
        ),
        Rule(
            "kind.report",
            kind=C,
            weight=3,
            patterns=(
                # a matter reported to whoever should act (市民来电反映, 业主多次反映无果, 已向
                # 物业反映, 反映给各部门领导; the thirty-third round): the guide's complaint
                # whatever the words around it, unless asked about (如何反映, 向哪里反映) or
                # what is reported is a question (市民来电反映：咨询…, 其想…)
                r"(市民|群众|居民|业主|村民|家长|员工|职工|乘客|患者|用户|顾客|住户)"
                r"(?:(?!如何|怎么|怎样|哪里|去哪|在哪)\S){0,6}反映"
                r"(?!的?(渠道|途径|方式)|:?其?(咨询|询问|请问|想))",
                r"反映(了)?(多次|几次|无果|未果|过多次|给)",
                r"(多次|屡次|一直|反复|几次|已经?)(?:(?!如何|怎么|怎样|哪里)\S){0,3}反映",
                r"(?<![如怎哪])向\S{1,10}反映(?!的?(渠道|途径|方式))",
            ),
            negations=(*NEGATIONS, "如何", "怎么", "怎样", "哪里", "去哪", "在哪"),
            note="a matter reported to whoever should act: a complaint, whatever the words "
            "around it",
        ),
        Rule(
            "kind.must-handle",
            kind=C,
            weight=5,
            patterns=(
                # the thirty-ninth round: a fault the company must handle, told as a fact inside a
                # review that praises the rest (房间不错，但是空调坏了; 空服亲切，触控功能似乎是
                # 故障的; 服务态度好，就是等了半个多小时): the guide's mixed texts, a failure
                # the writer wants handled outweighs the praise around it.
                # A named facility and a failure verb (马桶也坏了, 路灯一整年不亮, 电梯已坏了)
                r"(空调|热水器?|电梯|马桶|淋浴|花洒|wifi|网络|宽带|电视|暖气|水龙头|插座|门锁|冰箱|"
                r"路灯|灯|屏幕|萤幕|触控)[^,。.!?;:…~]{0,6}(坏了|坏的|是坏|故障|不能用|用不了|"
                r"不工作|不制冷|不出水|没反应|失灵|打不开|不亮)"
                # (not one put right since, nor a repair asked about: 空调坏了，师傅半小时就上门
                # 修好了; 电视坏了，请问保修期内可以免费修吗？)
                r"(?![^。.!?;]{0,16}(修好|修复了|处理好|解决了|换好|请问|保修期|怎么(申请)?(报修|维修)))",
                # money taken beyond the deal (要求增加一份，居然要收68元; 还要再收一次运费; 我
                # 明明付款798，发票上只有698; 我明明写了加辣)
                r"(居然|竟然|还|又)要(另|额外|加|再)?(收|付|交|加)(了|取)?(一次)?[0-9一二两三四五六七八九十几百]",
                r"明明(付|付了|付款|写了|选了|备注了?|说了|说好|要的|点的|订的|买的)"
                # (not when thanks follow: 我明明选了最便宜的套餐，客服还主动帮我申请了
                # 优惠，太贴心了)
                r"(?![^。.!?;]{0,30}(贴心|感谢|谢谢|点赞|暖心|感动))",
                # (多收了我50元, 账单上显示多扣钱了)
                r"多扣|多收|乱扣|重复扣|扣了两次|扣两次",
                # not what was shown or promised (发现跟我看到的图片里面的东西完全不一样, 实际配置
                # 与宣传不符; 说有带赠品梳子的，就是没有给我发过来)
                r"(跟|和|与)[^,。.!?;:…~]{0,10}(图片|图|描述|宣传|介绍|说明|网上|页面)[^,。.!?;:…~]{0,6}"
                r"(完全|根本|严重)?(不一样|不符|不相符|两回事|差别太大|差太多)",
                r"说(好)?(有|会|送|带|赠)[^。.!?;:…~]{0,14}(结果|但是|却|可是|就是)[^。.!?;:…~]{0,6}"
                r"没(有)?(给|发|送)",
                # a room not cleaned, a place shut when it should be open (房间居然还没有打扫;
                # 过了8点去餐厅，竟然不营业了)
                r"(还|仍|仍然|居然还|竟然还)(未|没有?)(打扫|收拾|清理)|"
                r"(竟然|居然)[^,。.!?;:…~]{0,4}(不营业|关门|停业)",
                # a staff member at fault, named (安装师傅服务态度很差, 空服员态度冷漠, 服务生一直
                # 板着一张脸, 经理态度还很不耐烦): the guide's "staff at fault" in a lukewarm review
                # (态度太差 is ``kind.complaint``'s verdict word already, counted there)
                r"(服务员|服务生|前台|店员|空姐|空服员?|客服|司机|师傅|保安|工作人员|护士|医生|地勤|"
                r"导游|快递员|骑手|收银员|营业员|老板娘?|经理)[^,。.!?;:…~]{0,8}(态度(?!太差)(很|太|非常|"
                r"特别|极其|超|有点|比较|极)?(差|恶劣|不好|冷淡|生硬|蛮横|傲慢|冷漠)|爱理不理|不耐烦|"
                r"脸很臭|摆臭脸|板着(一张)?脸|骂人|吼人|吼我|凶我)",
                # a service refused (要求打热一下都遭到拒绝, 乘客要求也置之不理)
                r"(被|遭到?)(?!我)[^,。.!?;:…~]{0,8}拒绝|拒绝(了)?(我|我们)|置之不理|不予理会",
            ),
            negations=(*NEGATIONS, "上次", "以前", "可能是"),
            note="a fault the company must handle (a facility broken, a service refused, "
            "money taken, a staff member at fault): a complaint even after praise",
        ),
        Rule(
            "kind.time-lost",
            kind=C,
            weight=3,
            patterns=(
                # the thirty-ninth round: time lost, a wait or a delay that happened, in hours or
                # in half an hour and more (等了近半个小时, 延误了近30分钟, 排队排了近一个小
                # 时), not a short wait nor one to come (得等半个小时的位子)
                r"(等|延误|延迟|晚点|误点|耽误|排队|排)了(近|快|将近|足足|整整|大概|差不多|有|超过)?"
                r"([0-9一二两三四五六七八九十几]+个?多?(小时|钟头)|半个?多?小时|"
                r"[2-9][0-9]分钟|[三四五六七八九]十(多)?分钟)",
                r"等了?(非常|很|好|超|特别|老)久(都|也|还)?(没|不|才)",
            ),
            negations=(*NEGATIONS, "上次", "以前", "可能是"),
            # what went wrong, not the writer's anger: a wish about it may be the point
            describes_problem=True,
            note="time lost to the company's slowness (等了一个多小时, 延误了近30分钟): a "
            "complaint even after praise; it weighs as the waiting rules do, so a long review's "
            "other words are still heard",
        ),
        Rule(
            "kind.grievance-asked",
            kind=C,
            weight=4,
            patterns=(
                # the thirty-ninth round: a complaint asked as a question — the question is its
                # form, the fault its point (the guide's questions that report a problem):
                # money taken asked about (支出金额怎么多了一笔361.33, 咋还欠244了？)
                r"(怎么|为什么|为啥|咋)[^,。.!?;]{0,8}(多了|多扣|多收|扣了|少了|还欠)(一笔|[0-9])",
                # a sneer asked (一开即弹，赶客吗？ 转账限额又要等一日，傻的吗, 这是为了骗钱么？)
                r"(傻|蠢|有病|没脑子|赶客|抢钱|骗钱|欺负人)[的了]?(吗|么|嘛)",
                # nobody in charge, a cheat suspected (有没有人管, 是不是忽悠呢？)
                r"有没有人管|没人管吗|是不是(在)?(骗|坑|忽悠)|(骗|坑)人(的)?吧",
                # a wrong presumed by the question (为什么我提前还清了借呗，反而没了额度; 为何…却…;
                # 请问何来"同一时间"？ 你们家是卖盐的么？ 难道一年一个价也是惠农政策吗？ 迟迟不发货)
                # (a turn to a harm, not to a degree: 为什么你们的菜这么好吃却这么便宜？)
                r"(为什么|为何|为啥|凭什么)[^。.!?;:…~]{0,20}(却|反而)(?!这么|那么|如此|更|很|挺)|"
                r"迟迟(不|没|未)",
                r"何来|要脸不|良心不会痛|是(假的|鸡肋|摆设|卖盐的|干什么吃的)(吗|么|嘛)",
                r"难道[^。.!?;:…~]{0,20}(吗|么|\?)",
                # a thing still not done, asked why (怎么24号还没有见到, 为什么到现在还没人去查,
                # 为什么我的还没有到账); not what is still not allowed (为啥还不开放: a question)
                r"(为什么|为啥|怎么|咋)[^,。.!?;]{0,10}(还是|还|仍然|依然|一直)(没有?|未)",
            ),
            negations=("如果", "要是", "假如", "万一"),
            note="a complaint asked as a question (为什么还没到账？ 赶客吗？): a complaint",
        ),
        Rule(
            "kind.failure-question",
            kind=C,
            weight=5,
            patterns=(
                # the thirty-first round: a failure told, then asked about (没取到钱，怎么办？
                # 取款机不吐钞怎么办, 银联红包扣掉了，但是交易没有成功怎么办): the problem is the
                # point, the question its form (the guide's questions that report a problem)
                # (the fortieth round: 收不到确认信息怎么办, 刷卡没有打单怎么办: no receipt
                # printed, a card payment's own failure)
                r"(没(有)?(取到|收到|到账|反应|成功|出钞|打单)|不吐钞|吞卡|被吞|收不到|"
                r"被扣|扣了|扣掉了|支付错误|"
                r"交易失败|支付失败|提现失败|(提现|取款|登录|登陆|支付|转账|签到)不了)"
                r"[^。.!?;:…~]{0,8}(怎么办|咋办|怎么处理|如何处理|怎么回事|咋回事)",
                # the thirty-fifth round: a step named between the negation and 成功 (没有还款成功
                # 怎么办, 未支付成功怎么回事, 转账不成功咋办)
                r"((没有?|未)[\u4e00-\u9fff]{1,3}成功|不成功)"
                r"[^。.!?;:…~]{0,8}(怎么办|咋办|怎么处理|如何处理|怎么回事|咋回事)",
                # the thirty-sixth round: a failure told, then its cause asked (转账近一个月都是
                # 失败，什么原因？ 还款还清了，不能贷是什么原因, 我POS机签到不了，为什么？); not
                # signing up (我不能办理X是什么原因: an eligibility question, ``kind.eligibility``)
                rf"(失败|{_NOT_SIGNED_UP}不了|不成功|被拒|(?:不能|无法){_NOT_SIGNING_UP}[\u4e00-\u9fff]{{1,3}}|"
                r"没反应|没到账|不到账)[^。.!?;:…~]{0,8}?(是什么原因|什么原因|啥原因|为什么|为啥|为何|"
                r"是什么问题|什么问题|咋回事)",
            ),
            negations=(
                "如果",
                "假如",
                "万一",
                "要是",
                "的话",
                "填写错误",
                "填错",
                "输错",
                "输入错误",
            ),
            note="a failure the writer met, then a question about it: a complaint, not a "
            "consultation",
        ),
        Rule(
            "kind.unacceptable",
            kind=C,
            weight=4,
            terms=_w("不能接受 无法接受 难以接受 不可接受 不能忍受 无法忍受 难以忍受"),
            negations=("可以", "如果", "假如", "是否", "能否"),
            negations_after=("这个事实", "事实", "现实", "吗", "么", "?"),
            note="the thirty-first round: a thing the writer says they cannot accept (安排完全"
            "不能接受); not a fact of life (不能接受这个事实)",
        ),
        Rule(
            "sc.parcel",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                # the thirty-fourth round (a courier desk): a parcel or an order not arrived,
                # lost, stolen or stuck, said in a few words (快递没到, 包裹丢了, 我的件被人拿走了,
                # 一直在中转站不动, 物流三天没更新); not a wish (如果包裹丢了), a parcel that has
                # arrived (快递没到之前; the negations), nor a delivery short of the door (没送到位,
                # 四天没到手 and then praise)
                r"(快递|包裹|件|货|外卖|订单|餐)\S{0,4}?(还|一直|都|也|又)?(没到|未到|没送到|没有到|没送|没有送|"
                r"没派送|"
                r"丢了|丢失|弄丢|搞丢|不见了|被偷|被人拿|被拿走|被冒领|被别人拿)(?!手|位)",
                r"(中转站|中转中心|转运中心|分拣中心|集散中心|中转|网点|驿站|站点)\S{0,4}"
                r"(不动|没动|停着|卡着|卡住|滞留|压着|躺着)",
                r"(物流|快递|包裹|件)\S{0,6}(不动|没动静|不更新|没更新|停更|没有更新)(了)?",
                # where did my parcel go (我的快递到哪去了？, 我们的到哪去了): a failure asked
                r"(我的|我们的|我家的?)(快递|包裹|件|货|外卖|东西)?\S{0,2}(到哪去了|去哪了|去哪儿了|"
                r"哪去了|跑哪去了|跑哪了)",
            ),
            negations=(*NEGATIONS, "如果", "假如", "万一", "要是", "会不会", "是否", "怎么查"),
            negations_after=("之前", "以前", "的话", "怎么查", "怎么查询"),
            note="a parcel not arrived, lost, stolen or stuck in transit (快递没到, 包裹丢了, "
            "一直在中转站不动): a failure to deliver",
        ),
        Rule(
            "sq.rider",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                # the thirty-fourth round (a courier desk): a rider or a courier who hit,
                # scolded or threatened the customer (骑手把我撞了, 骑手威胁我, 小哥说要打我,
                # 快递员骂了我一顿); not a rider who was hit (骑手被撞了) nor one who did not
                # (小哥没有骂人)
                r"(骑手|小哥|快递员|配送员|送餐员|外卖员|送货员|快递小哥|外卖小哥|司机|师傅)"
                r"(?:(?!被|没|未|不是|从不|并不|不会)\S){0,8}?(撞了|撞到|撞伤|撞倒|把我撞|打了?我(?!\S{0,3}(电话|手机|号码))|动手|威胁|恐吓|骂了?我|骂人|"
                r"骂了|辱骂|说要打(?!我?\S{0,3}(电话|手机))|扬言)",
                # ... or who rode dangerously (骑手电动车开太快，差点撞到老人, 外卖小哥逆行闯红灯)
                r"(骑手|小哥|快递员|配送员|送餐员|外卖员|送货员|快递小哥|外卖小哥)\S{0,8}?"
                r"(开太快|开得太快|骑太快|骑得太快|开那么快|骑那么快|飙车|闯红灯|逆行|横冲直撞)",
            ),
            negations=("没有", "没", "不是", "并没有", "从没", "如果", "假如", "万一"),
            note="a rider or a courier who hit, scolded or threatened the customer (骑手把我撞了, "
            "骑手威胁我): a complaint of the service; harm to a person is also the safety signal",
        ),
        Rule(
            "kind.demand-question",
            kind=C,
            weight=4,
            patterns=(
                # the thirty-fourth round: a demand asked as a question, said to the company
                # (被人拿走了，你们赔不赔？ 你们管不管, 你们负不负责): not a question about an
                # insurer's terms (保险赔不赔: no 你们)
                r"(你们|你家|贵公司|平台|商家)\S{0,3}(赔不赔|赔不赔偿|管不管|负不负责|给不给个?说法|"
                r"退不退钱|还管不管)",
            ),
            note="a demand asked as a question to the company (你们赔不赔？): a complaint",
        ),
        Rule(
            "kind.near-miss",
            kind=C,
            weight=4,
            patterns=(
                # the thirty-fourth round: harm to a person narrowly missed (差点撞到老人,
                # 险些被砸到, 差一点撞上小孩): a safety report, also when a fix is wished
                # (…，建议管管); not a goal or a price narrowly missed (差点就买了)
                r"(差点|差一点|差点儿|险些|险些儿)(就)?(被)?(撞|碰|砸|压|撞倒|刮|摔|烫|伤)",
            ),
            negations=("如果", "假如", "万一"),
            note="a person nearly hurt (差点撞到老人): a complaint with the safety signal",
        ),
        Rule(
            "sq.collection",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            terms=_w("催收 暴力催收 恶意催收 催债 爆通讯录 爆我通讯录 骚扰我家人 骚扰家人"),
            negations=("会不会", "是否", "如果", "假如", "会被"),
            question_frames=QUESTION_FRAMES,
            note="the thirty-first round: a debt collector's calls and threats (暴力催收, 在10月5日"
            "30分钟内给我打了7个电话): a complaint of the service; asked about (逾期会被催收吗), "
            "a question",
        ),
        Rule(
            "kind.rhetorical",
            kind=C,
            weight=3,
            patterns=(
                r"(合理|公平|像话|应该|正常|能喝|能用|对吗|对吧)吗?\?!",
                r"(这|这还|这就)(合理|公平|像话|叫)",
                r"这(也|还|都)(能)?(叫|算|配)",
                r"难道\S{0,24}(吗|么|不成)",
                r"\?{2,}",
                r"\?!|!\?",
                r"也太\S{1,4}了吧",
                r"还(让|叫)不让人",
                r"这不是\S{1,6}吗",
                r"差点(出事|出大事|出人命)",
                # is it meant to starve us? (是想饿死顾客吗, 是要累死人么; the twentieth round)
                r"是(想|要)\S{0,6}(死|坑|骗|气)\S{0,4}(吗|么|嘛)",
                # the thirty-fifth round: a sneer at what was given (堂堂浙大就这水平？
                # 就这服务态度, 就这种配送态度): this is all they manage
                r"就这(种|个)?(水平|质量|服务|态度|素质|效率|速度|配送|品质|技术)",
                # the forty-third round: who could spare the time (谁有那么多时间加你房间啊, 谁有
                # 闲工夫天天打电话), will it never end (有完没完): a grievance asked, not a
                # question; not a request for a hand (谁有时间帮我看一下: no 那么多)
                r"谁有(那么多|这么多|那个|这个)(时间|闲工夫|功夫|闲心|耐心|闲钱|精力)|"
                r"谁有(闲工夫|闲心|闲钱)|有完没完",
                # the forty-seventh round: a sneer at the whole thing, asked bare at a clause's
                # start (本来很期待，结果就这？ 等了半年，就这？): the letdown is the verdict; not
                # 就这样吗？ (is that all I need to do: a question) nor 就这些吗 (吗 asks)
                r"(?<![^,。.!?;~])(结果|然后|最后|到头来)?就这(些|点)?\?",
            ),
            note="rhetorical questions, repeated ?? and ?! marks, 也太…了吧",
        ),
        Rule(
            "kind.irony",
            kind=C,
            weight=4,
            patterns=(
                # the thirty-eighth round: sarcasm, which reads as thanks or praise word by word
                # (labelling guide: sarcasm is a complaint).  A sneer of its own: 呵呵 as the
                # writer's verdict (我也是呵呵了, 只能呵呵, 呵呵哒), not a laugh in passing
                # (服务态度很不错，呵呵)
                r"呵呵(哒|了)|(只能|只好|也是|我也|我就|真是|简直)呵呵",
                # a fault asked for more of (能再慢点吗？, 还能再贵一点吗, 就不能再晚点？)
                r"(能|可以|还能|就不能)(再)?(慢|晚|贵|差|久|脏|烂|少|敷衍)(一)?点(吗|么|嘛|不|吧|\?)",
                # thanks for a harm (感谢你们让我白跑一趟, 谢谢你们害我多付了钱, 多谢让我们等了
                # 一下午, thanks for nothing); not thanks for a help (感谢东哥让我发财)
                r"(感谢|谢谢|多谢)[^,。.!?;]{0,8}(让我|害我|害得我|让我们|害我们)[^,。.!?;]{0,3}"
                r"(白(跑|等|花|来|去|交|付|折腾)|等了|多(花|付|等|跑|交)|损失|浪费|挨饿|受冻|淋雨|饿)|"
                r"thanks(alot)?fornothing",
                # a praise word in scare quotes or under 所谓 (所谓的"优质服务", 你们的“专业”安装,
                # 号称「五星」), the words the writer says the firm does not live up to
                r"所谓的?[“「\"'‘]?(优质|专业|贴心|五星|高端|豪华|一流|品质|贵宾|vip|金牌|极速|售后|"
                r"客服|服务|保障|保修|正品|大品牌|名牌|品牌|专家|官方|客户至上|顾客至上|良心|诚信|用心|负责|"
                r"周到|热情|快速|及时)",
                # (the praise word alone in the quotes: a name quoted, “极速达”, is no sneer)
                r"[“「\"'‘](优质|专业|贴心|五星|高端|豪华|一流|贵宾|vip|金牌|极速|用心|负责|诚信|正品|良心|"
                r"周到|热情|快速|及时|客户至上|顾客至上)(服务)?[”」\"'’]",
                # this is what they call service (这就是你们的服务？, 这就是所谓的大品牌)
                r"这就是(你们|贵公司|贵店|所谓)的?|呵呵[,。.!~]*这就是",
                # applause for a failure (又闪退了，666; 充值失败三次了666), not 666 as praise
                # (速度非常快，666)
                r"(失败|闪退|崩溃|崩了|卡死|掉线|坏了|丢了|错了|没到|没收到|不能用|用不了|打不开)"
                r"[^。.!?;]{0,12}?666",
                # a praise exclaimed beside a harm in the same sentence (服务真是太周到了，把我的
                # 行李弄丢了; 挂了我三次电话，态度可真好啊)
                r"(真是|可真是|真的是|可真|实在是)(太)?(好|周到|贴心|专业|高效|及时|给力|负责|厉害|优秀|"
                r"热情|到位|快)(了|啊|呀|哦|呢)+[,!~]*[^,。.!?;]{0,10}?(弄丢|丢了|弄坏|摔坏|挂我|挂了我|"
                r"不理人|没人理|拖了|多收|乱扣|扣了我|骗)",
                r"(弄丢|弄坏|摔坏|挂我电话|挂了我|不理人|没人理|没人管|拖了|多收|乱扣|骗了)[^,。.!?;]{0,12}"
                r"[,!~]*(态度|服务|效率|速度)?(真是|可真是|真的是|可真|实在是)(太)?(好|周到|贴心|专业|高效|"
                r"及时|给力|负责|厉害|优秀|热情|到位|快)(了|啊|呀|哦|呢)+",
            ),
            # the praise words inside a sneer praise nothing
            overrides=("pr.general", "pr.service", "pr.goods", "pr.delivery", "pr.fair"),
            note="sarcasm (呵呵了, 能再慢点吗, 感谢你们让我白跑, 所谓的“优质服务”, 又闪退了666): "
            "thanks and praise words that mean a complaint",
        ),
        Rule(
            "kind.exclaim",
            kind=C,
            weight=1,
            patterns=(
                # (not after a word of praise: 很满意！！！, 一万个赞！！ are no rhetoric)
                r"(?<!满意)(?<!不错)(?<!好)(?<!好评)(?<!喜欢)(?<!赞)(?<!棒)(?<!给力)(?<!支持)(?<!!)!{2,}",
            ),
            # the twenty-sixth round: marks alone stress whatever the text says — praise
            # (汇款免费！！) as often as a complaint — so they weigh little of their own
            note="repeated ! marks: stress, a weak complaint vote of their own",
        ),
        Rule(
            "kind.emoji",
            kind=C,
            weight=1,
            # a lone emoji is a common app-store or WeChat contact: 👎 and the angry faces are
            # read as 👍 is (``pr.scenery``), the other way, and weakly, as ! marks are
            terms=_w("👎 😡 😠 🤬 💢"),
            note="a thumbs-down or an angry face (👎, 😡, 😠, 🤬, 💢): a weak complaint vote",
        ),
        Rule(
            "kind.question",
            kind=Q,
            weight=3,
            terms=_w(
                "请问 咨询 想问 问一下 问下 问问 打听 请教 了解一下 了解下 想了解 想知道 "
                "我想知道 麻烦问 求问 请告知 请告诉 打扰一下 帮我查 查一下 帮忙查 "
                # the twenty-seventh round: information asked to be looked up (我想查询银联红包的
                # 交易记录, 交易查询的方式)
                "想查询 查询一下 如何查询 怎么查询 查询方式 查询的方式 "
                # the forty-fourth round: and without 询 (我想查银行卡消费积分, 想查看云闪付号与
                # 卡号): the writer wants a record looked up
                "想查 想查看 想查一下 "
                "couldyoutell canyoutell iwouldliketoknow doyou isthere canitell howdoi "
                "howcani howlong whattime howmuch wherecan whereis isthe arethe arethere "
                "cani canwe canyou doesthe doesit isit"
            ),
            negations=("不是",),
            note="asking for information",
        ),
        Rule(
            "kind.desk-request",
            kind=Q,
            weight=3,
            patterns=(
                # the desk asked to find, recommend, introduce or look at something (帮我推荐
                # 一家酒店, 能帮我找一下吗, 给推荐一个呗; the twenty-fourth round: a travel desk's
                # requests read 推荐 as praise): a request for information, a consultation.
                # What the desk did or refused (给我推荐了, 帮我找到了, 人家都给我查, 不给我查)
                # is not asked; an action asked for with nothing asked (帮忙查询一下, 帮我取消)
                # has nothing to handle (docs/labelling.md, requests in a chat)
                # (…地帮我挑选: how the staff did it, a story, not a request; nor 帮我选择了局麻
                # told in thanks: the thirty-sixth round)
                r"(?<![都也还又没不肯要会开地])(帮|给|替)(我|我们|忙)(推荐|介绍|找|看看|看一下|选|挑)"
                # (nor a thing found again: 工作人员帮我找回来, 帮我找回了行李; the
                # thirty-eighth round)
                r"(?!了|过|的|到了|到的|[回着出好完齐见到择]了|[择选]过|回来|回)",
                r"(请|麻烦|能|可以|可否|能否|求|给)(你|您)?(帮我|给我|帮忙)?(推荐|介绍)"
                r"(一下|下|一个|一家|一款|一些|几|个|家|款)",
                r"(有什么|有啥|有没有|有哪些|都有什么|都有啥)推荐",
            ),
            overrides=("pr.general",),
            # a thing done and thanked for (感谢前台帮我找回了钱包, 谢谢大夫帮忙找到病因; the
            # thirty-fifth round) is no request
            negations=("感谢", "谢谢", "多谢", "感激"),
            window_chars=12,
            # what is asked for (a hotel above 4.5, a dish, a price) is no verdict, nor is it
            # the learned layer's to read (the layer took 给我, 以上, 500元 for a complaint)
            makes_request=True,
            note="the desk asked to find, recommend or introduce something: a consultation",
        ),
        Rule(
            "kind.question-mark",
            kind=Q,
            weight=2,
            patterns=(
                r"(吗|么|嘛|呢|没有|不)\?(?![!?])",
                r"(能否|是否|可否|能不能|可不可以|可以不|有没有|是不是|要不要|需不需要|用不用|"
                r"行不行|好不好|会不会|什么时候|啥时候|啥时|哪里|哪儿|哪些|哪个|哪家|哪天|怎么办理|"
                r"如何办理|怎么弄|咋弄|咋办|咋整|找谁|到哪|在哪)",
                r"(?<![没这那好过])(多久|多长时间|多少|几点|几号)|(?<![没这那好过前])(几年|几天)",
                r"(吗|嘛|呢)(啊|呀|亲|哈)?(?=$|[。,.;~])",
                # shop chats (issue 13): 棉柔巾么, 能送我个小礼物吗亲, 一箱几包, 什么区别,
                # 是纯棉的还是无纺的
                r"(?<![什怎这那多要])么(啊|呀|亲)?(?=$|[。,.;~])",
                r"(?<![好了过])几(款|包|张|种|件|盒|瓶|箱|斤|片|袋|支|条|双|套|寸|码|号|米)"
                r"(的|呢|啊|呀)?(?=$|[?。,.;~])",
                # how many one may have, at a clause's end (亲情号码最多能设几个, 一次可以带几个人,
                # 一共能开几次, 最多能办几个号码; the thirty-seventh round): not 找几次, 没看到几个
                # (no modal)
                r"(最多|最少|一共|总共|能|可以|可|要|需要)[^,。.!?;:…~]{0,6}?(?<![好了过十那这没])"
                r"几(个|次|位|台|项|人|间|辆|天|张|条|种)(人|号码|号|卡|账号|设备|名额)?(的|呢|啊|呀)?"
                r"(?=$|[?。,.;~])",
                r"(什么|啥|有何)(区别|不同|差别)|区别是什么|什么价|(做|干)(什么|啥|嘛)用",
                r"(是|要|选|买)\S{1,10}还是\S{1,10}(的|呢|啊|呀)?(?=$|[?。,.;~])",
                r"(有|送)(什么|啥)(礼品|礼物|赠品|活动|优惠|颜色|款|口味|味道)",
                r"(需要|要|得|带|准备|提供|兑换|能换|可以换)些?(什么|啥|哪些)(?!意思|态度|服务|玩意)",
                r"(能|要|可以|行|好|是|有|会|用|收|交|退|换|租|卖|送|开|带)[^,。.!?;\s]{0,6}不"
                r"(啊|呀)?(?=$|[?。,.;~])",
                r"(怎么|如何|怎样|咋)(还|开通|使用|用|关闭|提前|取消|改|修改|查|设置|申请|操作|提额|"
                r"提升|注册|绑定|解绑|激活|付|支付|充值|提现|转)",
                r"什么是|是什么|是多少|有多少|多少钱|为什么(?!不|还|又|老|总|要收|这么|那么|会)",
                # what is there, how much may I carry (都有什么, 能带多大多重的行李, 超过多少公斤)
                r"都有(什么|哪些|啥)|能带多(大|重|少|长)|超过多少",
                # the twenty-second round: at what age, in which case, when (小孩几岁能自己坐飞机,
                # 什么情况下才会受邀开通, 何时会被邀请)
                r"(?<![0-9一二三四五六七八九十])几岁|什么情况下|(?<![无])何时",
                # the thirty-sixth round: which in a series, and more verbs before a closing 不
                # (是第几期啊, 配套房另加钱不, 这套房子房主了解不); not 第几次 (第几次了 counts a
                # repeated failure) nor wondering aloud (就是不知道加油站给加不)
                r"第几(?!次)|(?:^|(?<=[,。.!?;~\s]))(?![^,。.!?;]*(不知道|不晓得|不清楚))[^,。.!?;]*?"
                r"(加|了解|知道|认识|清楚|包|含|算)[^,。.!?;\s]{0,6}不(啊|呀)?(?=$|[?。,.;~])",
                # the forty-first round: a chat's questions without a question mark — a guess put
                # to the desk for confirmation (不用给运费了对吧, 那就退货就行了是吧, 这个是纯棉的吧
                # is not one: a bare 吧 also proposes), which carrier (亲发什么快递, 是寄什么快递),
                # what a term means (什么叫扫码支付) and how to get something done (咋么才能用,
                # 怎样才能开通); not 怎么能这样 (indignant: no 才)
                r"(对吧|是吧|对吗|对嘛|对么)(?=$|[?。,.;~])",
                r"(发|寄|走|用|是|选|送)(什么|啥|哪家|哪个)(快递|物流)|(?:^|(?<=[,。.!?;~\s]))什么叫",
                r"(怎么|怎样|如何|咋么?|要怎么)才能",
            ),
            negations_after=("都", "也", "别", "不要"),
            note="question forms, also without a question mark (…吗, …能退不)",
        ),
        Rule(
            "kind.how",
            kind=Q,
            weight=1,
            terms=_w("怎么 如何 怎样 咋 啥 how what when where which"),
            patterns=(r"(?<!\?)\?(?![!?])",),
            negations_after=(
                "回事",
                "搞",
                "还",
                "能这样",
                "这么",
                "一回事",
                "弄的",
                "整的",
                "都",
                "也",
                "破",
                "玩意",
                "态度",
                "服务",
                "用",
            ),
            note="weak question words (咋 = 怎么, 啥 = 什么)",
        ),
        Rule(
            "kind.how-to",
            kind=Q,
            weight=3,
            patterns=(
                r"(怎么|如何|怎样|咋)(办|保存|储存|存放|使用|用|操作|办理|处理|申请|开通|设置|"
                r"安装|选|挑|清洗|保养|还款|退订|注销|辨别|识别|鉴别|分辨|区分|判断)(?!了)",
                # a fee paid or a service used, asked how (燃气费怎么交, 水费如何缴纳, 地铁怎么
                # 换乘; R-CMP-01): not 怎么交的货 (a fault told), nor 怎么充值了还没到账
                r"(怎么|如何|怎样|咋)(缴费|交费|缴纳|缴|充值|乘坐|换乘|预约|挂号|报名|"
                r"交(?=$|[?。,.;~]|呢|啊|呀))(?![了的过])",
            ),
            note="a how-to question (怎么保存, 过期了怎么办, 燃气费怎么交): a consultation",
        ),
        Rule(
            "kind.which-is-good",
            kind=Q,
            # (a consultation's category is its subject's, with other always acceptable: the
            # subject of a "which is good" question is a choice still to be made)
            category=Category.OTHER,
            weight=3,
            patterns=(
                # the thirty-eighth round: which one is good, suitable or cheap, asked at a
                # clause's end with or without a question mark (50岁以上商业养老保险哪种好,
                # 农用车入什么保险好, 平安保险成年人买什么分红保险合适, 什么银行跨行取款不收费,
                # 哪款奶粉比较实惠, 哪家医院治得好): a consultation (labelling guide: "which
                # product is good" questions), the praise word asked about, not given; not
                # 什么时候才能修好 (a wait), 为什么不摆好, 啥都好 (a verdict), 没什么好
                r"(?<![没为干怎])(哪种|哪个|哪家|哪款|哪一种|哪一款|哪一家|什么|啥)"
                r"(?!时候|都|问题|的话|的|什么)[^,。.!?;:…~]{0,10}"
                r"(?<![做修治完弄办搞能成不还挺很真太])(好|比较好|最好|合适|比较合适|划算|靠谱|"
                r"不收费|便宜|实惠)(呢|啊|呀)?(?=$|[?。,.;~])",
            ),
            overrides=("pr.general", "pr.goods"),
            note="which one is good or suitable, asked (什么保险好, 哪种好): a consultation",
        ),
        Rule(
            "kind.info-query",
            kind=Q,
            weight=5,
            patterns=(
                # a noun phrase naming a piece of information, typed to a question-and-answer
                # desk (备件库联系电话, 新农合办理特种病的流程, 值机截止时间): a consultation
                rf"^(?!.*[?!]{{2}}){_NO_FAILURE}{{1,20}}?(流程|手续|步骤|办理条件|条件|要求|资料|材料|区别|联系电话|"
                r"电话号码|客服电话|电话|联系方式|(截止|营业|办理|上班|开放|到账|还款|值机|办公)时间|"
                r"计算方法|计算方式|计算|介绍)\??$",
                # the thirty-fifth round: more pieces of information a desk is asked for as a noun
                # phrase — a fee, a rate, a time limit, a certificate, a claim, a booking, a look-up
                # (ATM跨行查询手续费, 境外刷卡汇率, 微信交易查询可查询时限, 已还清债务的证明,
                # 行李损失理赔, 机票预订, 实名认证, mcc查询); not a statement or a request (app上有
                # 额度, 工作人员说要收取5%手续费, 已预订, 帮我查询), nor 服务 (一流的服务 is praise)
                rf"^(?!.*[?!]{{2}})(?!.*(有|是|说|要|我|帮|麻烦|已)){_NO_FAILURE}{{1,20}}?(手续费|汇率|利率|利息|时限|"
                r"期限|证明|凭证|费用|额度|上限|限额|理赔|预订|预定|认证|查询)\??$",
                # what is needed (防癌受保需达到什么条件, 退保需要提供那些资料)
                rf"^(?!.*[?!]{{2}}){_NO_FAILURE}{{0,20}}(什么|啥|哪些|那些)(条件|要求|资料|材料|手续|证件|流程)",
                # what a term means (蚂蚁花呗的自然月什么意思, 免赔额是什么意思？), not 你们什么意思
                rf"^(?!.*[?!]{{2}}){_NO_FAILURE}{{2,20}}(?<![问是])是?(什么意思|啥意思)",
                # a general how-to question with no failure reported (犹豫期内怎么退保,
                # 保单丢失怎么补办, 如何申请理赔)
                rf"^(?!.*[?!]{{2}}){_NO_FAILURE}{{0,24}}(怎么|如何|怎样|咋)样?(办理|补办|申请|退保|退订|注销|开通|"
                rf"取消|操作|查询|计算|理赔|赔付|报销)(?!了|不){_NO_FAILURE}{{0,12}}$",
            ),
            note="an information query with no failure reported: a noun phrase (值机截止时间), "
            "what is needed, what a term means, a general how-to (怎么补办): a consultation",
        ),
        Rule(
            "kind.what-if",
            kind=Q,
            weight=5,
            patterns=(
                # the thirty-fifth round: a short question about a case supposed, not suffered
                # (如果明天我收到货后，发现不好的，能退么; 明天如果降价可以申请价保吗;
                # 万一航班取消，可以改签吗): what the terms allow, a consultation (labelling
                # guide: a question without a reported problem); not with a failure told beside
                # it (一直显示停止运作，如果app没问题，为何…？) nor in anger (你们, 凭什么, !, ??)
                r"^(?!.*(你们|骗|坑|投诉|凭什么|垃圾|一直|为何|为什么|为啥|怎么回事|!|\?\?))[^。;]{0,20}"
                r"(如果|万一|假如|假设|要是|若是|倘若)[^。;]{0,30}(吗|么|嘛|\?)\??$",
            ),
            note="a short question about a case supposed (如果…能退么): a consultation",
        ),
        Rule(
            "kind.terms-question",
            kind=Q,
            weight=5,
            patterns=(
                # the thirty-fifth round: what a firm will do, provide or pay in a case, asked
                # (航班取消了，航空公司会怎么安排小孩儿; 航司会提供哪些服务,
                # 会提供针对儿童的服务吗; 保险公司能赔偿多少？; 对方得赔偿多钱; 保险公司赔不赔,
                # 扣不扣钱): the terms are asked about, a
                # consultation though the case is named (labelling guide: how-to and terms
                # questions); not a handling demanded of the company (你们会怎么处理)
                r"(会|将|一般)(怎么|如何|怎样)(安排|处理|赔|补偿|解决|退)|"
                r"(会|能|可以)提供(哪些|什么|啥|[^,。.!?;]{0,10}?(吗|么|\?))|"
                r"(能|会|可以|得|应该|要)(赔|赔偿|赔付|理赔|报销|退还|补偿|返还)(多少|多钱|几成|几个点)|"
                r"(?P<ab>赔|扣|收|报)不(?P=ab)",
            ),
            negations=("你们", "你", "您", "贵司", "贵公司"),
            window_chars=6,
            note="what a firm will do or pay in a case, asked (航司会怎么安排, 能赔偿多少, "
            "赔不赔): a consultation",
        ),
        Rule(
            "kind.need-question",
            kind=Q,
            weight=4,
            patterns=(
                # the thirty-sixth round: whether the writer must do, bring or pay something,
                # asked (飞机延误，我需要在计划起飞前办理换登记牌吗, 需要给它也买一张票吗?,
                # 延误证明必须当天开吗): a question about the terms, a consultation though a
                # case is named (labelling guide: how-to and terms questions); not 还要…?
                # (还要钱补卡再注销? is a rhetorical complaint) nor in anger (你们, 凭什么,
                # 有病, !, ??)
                r"^(?!.*(你们|凭什么|有病|毛病|骗|坑|投诉|!|\?\?))"
                r"[^。;]*(需要|要不要|需不需要|是否需要|是否要|用不用|还需要|必须)[^,。.!?;]{0,8}?"
                r"(办理|办|交|缴|买|开|带|提供|准备|填|签|预约|申请|补|付|换|登记|改)"
                r"[^,。.!?;]{0,14}(吗|么|\?)",
            ),
            note="whether the writer must do, bring or pay something, asked (需要办理…吗): a "
            "consultation",
        ),
        Rule(
            "kind.procedure",
            kind=Q,
            weight=5,
            patterns=(
                # how a claim, a change or a certificate is done, a delay, a cancellation or a
                # loss named only as its reason (航班延误，怎么开延误证明信？, 飞机延误怎么索赔,
                # 航空托运行李丢失，怎么计算赔偿; labelling guide, airline questions): a
                # consultation; 怎么办 or 怎么处理 after one's own failure stays a complaint
                rf"^{_NO_ANGER}{{0,24}}?(怎么|如何|怎样|咋)样?(才能)?(索赔|理赔|申请赔偿|计算赔偿|"
                r"赔偿|赔付|改签|退票|补办|报销|开具?\S{0,5}(证明|发票|收据|凭证))"
                rf"(?!了|不){_NO_ANGER}{{0,12}}$",
                # the standard, the rules or the points to watch of such a case, typed as a
                # noun phrase (机场行李丢失赔偿标准, 深二度烫伤的注意事项, 航空公司升舱攻略)
                rf"^(?!.*(违反|违规|不符|不合|不按|没按|没有按|按照)){_NO_ANGER}{{2,18}}?"
                r"(赔偿|补偿|理赔|赔付|收费|退改签?|退票|改签)?(标准|规定|政策)$",
                rf"^{_NO_ANGER}{{2,18}}?(注意事项|须知|攻略|指南)$",
                # what a term or a message means, failure words and all (无法查看额度是什么意思,
                # 提前50分钟停止值机是什么意思), not 你们这是什么意思 nor 扣我钱是什么意思
                r"^(?!.*([?!]{2}|我|你|您|这|那|他|她|它|凭什么))[^,。.;:…~!?]{2,20}"
                r"(?<![问是])是?(什么意思|啥意思)(啊|呀|呢)?\??$",
            ),
            note="how a claim, a change or a certificate is done, the standard or the points "
            "to watch of a case, what a message means: a consultation, though a failure is "
            "named",
        ),
        Rule(
            "kind.eligibility",
            kind=Q,
            category=Category.SALES_CONTRACT,
            weight=3,
            patterns=(
                # 为什么我不能办理X, 为啥不能开通, 我为啥办理不了呀, 怎么办不了, 为什么无法开通借呗:
                # whether the writer may sign up, a consultation (labelling guide, telecom and
                # finance questions; eighth dev batch)
                rf"(为什么|为啥|为何|怎么|咋)\S{{0,3}}(不能|无法|没法)({_ELIGIBLE})",
                rf"(为什么|为啥|为何|怎么|咋)\S{{0,3}}({_SIGN_UP})不(了|成)",
                rf"(为什么|为啥|为何|怎么|咋)\S{{0,4}}(不给|不让)我?({_SIGN_UP})",
                rf"(为什么|为啥|为何|怎么|咋)(没有?){_CREDIT}",
            ),
            note="an eligibility question (为什么我不能办理X): a consultation about the terms",
        ),
        Rule(
            "kind.suggestion",
            kind=S,
            weight=5,
            terms=_w(
                "建议 提个意见 提点意见 提个建议 提点建议 提个小意见 提个小建议 小建议 小意见 "
                "合理化 可以考虑 能否考虑 能不能考虑 考虑一下 考虑搞 考虑增加 不妨 "
                "suggest suggestion wouldbenice wouldbegreat itwouldbe pleaseadd "
                "pleaseconsider youshould youcould howabout whynot recommend "
                # something asked to be added (the thirty-fifth round: could you add more
                # vegetarian options?)
                "couldyouadd canyouadd wouldyouadd "
                # a proposal in its own name (我提议政府应在此地修天桥; the thirty-seventh round)
                "我提议 提议政府 倡议"
            ),
            patterns=(
                r"(能不能|能否|可不可以|可否|可以|是否可以|是否能|最好|最好能|希望|要是能|如果能)"
                # (not a fix urged: 希望尽快改善, 望早日改进 — what is to be mended soon was
                # wrong this time, a complaint by kind.fix-request; the thirty-seventh round)
                r"\S{0,12}(增加|增设|开通|推出|提供|设置|安装|加装|"
                r"(?<!尽快)(?<!早日)(?<!尽速)(?<!赶紧)(?<!赶快)(?<!马上)(?<!立即)(?:优化|改进|改善)|改成|改为|"
                r"改一下|换成|弄个|搞个|出个|开个|加个|配个|配备|设个|多[放安装开设加配派]|"
                r"改到|调到|调整|延长|缩短|简化|定期|公布|公开|新增|整一个|做个|做一个|出一个|"
                r"加一个|加上|加入|出(?:款|一款|新的|新版|自带))",
                r"(要是|如果|若是|假如|要)\S{0,20}就好了",
                # a thing asked to be made more so (能不能大气一点, 可以再小一点; the twenty-second
                # round)
                # (not a fault asked for more of, sarcasm: 还能再慢一点吗, 能不能再贵一点; the
                # thirty-eighth round)
                r"(能不能|可不可以|可以再|能否|能再|可否)(?!(?<=再)[慢晚贵差久脏烂少]|再[慢晚贵差久脏烂少])"
                r"[^,。.!?;:…~]{0,6}?(一点|一些|点儿)",
                # the twenty-third round: what the firm should provide (应提供更多味道, 应该聆听
                # 客户的反馈), a feature begged of the makers (求官方出个联机功能)
                r"(应该|应当|应)(提供|增加|增设|加入|推出|开放|设立|改进|完善|聆听|考虑)",
                r"求(官方|作者|开发者|制作组|策划|你们|老板)[^,。.!?;:…~]{0,6}?"
                r"(出个|加个|做个|开个|出一个|加一个|做一个|出点|加点)",
                # the thirty-seventh round: a thing asked to be moved or built, put as a
                # question (能不能把查话费放在第一层菜单, 可不可以把按钮挪到右边, 能否在小区门口
                # 建一个快递柜)
                r"(能不能|可不可以|能否|可否)把[^,。.!?;:…~]{1,12}?(放在|放到|移到|挪到|提到|调到|放进)",
                r"(能不能|可不可以|能否|可否)在[^,。.!?;:…~]{1,12}?(建|修|设|开|增设)"
                r"(一个|一座|一家|一条|一些|几个|个|座|家|条)",
            ),
            negations=(
                "投诉",
                "不接受",
                "没有",
                # advice someone else gave the writer (医生的建议是…; issue 13)
                "医生",
                "大夫",
                "专家",
                "朋友",
                "老师",
                "客服",
                "店员",
                "师傅",
                "他们",
            ),
            negations_after=("大家", "各位", "别", "不要", "千万", "慎", "绕"),
            note="proposals (advice to other customers, 建议大家别买, is no proposal)",
        ),
        Rule(
            "kind.public-good",
            kind=S,
            weight=4,
            patterns=(
                # a proposal made for the public's sake (希望早日开通，方便市民; 能不能把站牌做大
                # 点，方便群众; 完善商品信息，以方便读者订阅; the thirty-seventh round): the
                # writer speaks for others, not of a harm of their own (labelling guide,
                # suggestion or complaint)
                r"(希望|建议|能否|能不能|可否|可不可以|应该|应当|请)[^。.!?]{0,30}?"
                r"(以?方便|便于|以便|造福|惠及)(广大)?(市民|群众|居民|大家|用户|读者|学生|百姓|"
                r"老百姓|乘客|旅客|周边|附近|村民|业主|游客)",
            ),
            negations=("不",),
            note="a proposal for the public's sake (…方便市民): a suggestion",
        ),
        Rule(
            "kind.if-only",
            kind=S,
            weight=5,
            patterns=(
                # what would make it better (如果物资点能随机刷新就很好了, 加一个稀有度显示应该
                # 会更爽; the twenty-third round): its praise word is the wish's, no praise
                r"(要是|如果|若是|假如|倘若)[^。.!?]{0,40}?就(很|更|太|非常)?(好|完美|棒|爽|方便)(了|啦)",
                r"(要是|如果|若是|假如|倘若)[^。.!?]{0,40}?(会|应该会|将会)更(好|完美|棒|爽|方便|好用|好玩)",
            ),
            negations=("不",),
            overrides=("pr.general", "pr.goods"),
            note="a wish put as a condition (如果…就很好了): a proposal, and the praise word "
            "inside it no praise (labelling guide, mixed texts 3: a wish is a suggestion when "
            "it is the text's point)",
        ),
        Rule(
            "kind.feature-request",
            kind=S,
            weight=5,
            patterns=(
                # a function, a device or a version asked for, urged or asked when (请适配iPad版本,
                # 快点适配Xr, 请尽快添加云米集成灶, 希望加入Siri, 何时适配？; labelling guide,
                # feature requests: a suggestion even when urged)
                r"(请(?![问教])|快|快点|尽快|赶紧|抓紧|早点|早日|希望|求|期待|何时|什么时候|啥时候|啥时)"
                r"[^,。.!?;:…~]{0,4}(适配|加入|添加|接入|兼容|支持)(?!率)",
                # the thirty-seventh round: a feature asked back as "can't you just?" (小米商城就
                # 不能适配iPad吗, 难道不能支持微信登录吗) or urged as "still not out?" (还不出匹配
                # iPhone X的版本) — not 这个型号不能支持5G吗 (a limit asked about)
                r"(就|难道)(不能|不可以)[^,。.!?;:…~]{0,6}?"
                r"(适配|支持|加入|添加|增加|接入|兼容|设定|设置)[^,。.!?;:…~]{0,12}(吗|么|嘛)",
                r"(还不|还没|咋还不|怎么还不)(出|推出|上线)[^,。.!?;:…~]{0,12}(版|版本|功能)"
                r"(吗|么|呢|啊|呀)?(?=$|[?。,.!;~])",
                # the thirty-ninth round: a new function, mode or facility proposed
                # (建议增加排位模式, 能不能整一个自带的录像功能, 希望交警在该处设置信号灯,
                # 建议增设天桥或地下通道, 希望公交也能引入移动支付): something that is not
                # there proposed, a suggestion
                # even after the trouble its absence gives (labelling guide: 建议预装XP系统); the
                # thing named, so 希望增加一份早餐 (more of what was served) is none; nor a wish
                # after the writer's praise (拍照很好，希望增加无线充电功能: praise with a wish,
                # labelling guide, mixed texts 3)
                r"^(?!.*(?<![不没太])(很好|不错|满意|喜欢|好用|好玩|很棒|挺好|优秀|赞))"
                r".*?(希望|建议|能不能|可不可以|可否|能否|求)[^。!?]{0,12}?(增加|增设|新增|引入|推出|加入|"
                r"加个|加一个|整一个|出一个|出个|添加|接入|设置|开通)[^。!?,;]{0,12}?(功能|模式|玩法|"
                r"选项|按钮|线路|设施|红绿灯|信号灯|天桥|地下通道|监控|站点|闸口|移动支付|扫码支付)",
            ),
            negations=("不", "没"),
            note="a feature request (请适配iPad版本, 希望加入Siri): a proposal",
        ),
        Rule(
            "kind.wish",
            kind=S,
            weight=2,
            terms=_w(
                # (not 期待: 期待下一集, 期待答复, 期待老师的高级课程 look forward to something and
                # propose nothing; the twenty-fourth round: it read as a wish in every dev text)
                "盼望 意见 增设 增加 加几 多放 多安装 优化 改进 改善 可以的话 方便的话 hope wish"
            ),
            patterns=(
                # the forty-third round: 希望 the verb (希望增加早餐), not the noun (给我又燃起了
                # 希望, 别报太大希望, 充满希望, 有希望, 没看到希望: a hope had or missed, nothing
                # proposed)
                r"(?<![了起的大满线丝无没报抱予到有])希望(?![。.!~]|$)",
                # ... and 最好 "had better" (最好能增加, 你最好别买), not the superlative (最好
                # 吃的面, 最好嘅虚拟银行, 茂名最好的酒店, 论外观12款的最好, 我穿过最好穿的鞋:
                # praise or a comparison, nothing proposed)
                r"(?<![的是得过])最好(?![的嘅吃用看玩喝听穿住坐])(?![。.!~,]|$)",
                r"(多|少|再|早|晚)\S{0,6}(几次|几个|几趟|一些|一点|点|些)吧",
                r"(能不能|可不可以|能否|可否)(别|不要)",
            ),
            negations=("不",),
            negations_after=(
                "给个说法",
                "尽快处理",
                "尽快解决",
                "赔偿",
                "退",
                "很大",
                "解决",
                "处理",
                "重视",
                "厂家",
                "给予",
                "给我",
                "能给",
                "赔",
            ),
            note="wishes and improvement words",
        ),
        Rule(
            "kind.fix-request",
            kind=C,
            weight=3,
            terms=_w(
                "有待改善 有待改进 有待提高 有待加强 有待优化 早日改善 尽快改善 尽速改善 "
                "尽快改进 尽快修复 尽快修正"
            ),
            patterns=(
                r"(请|麻烦|拜托|恳请)(你们|贵司|官方)?(尽快|尽速|赶快|赶紧|快点|早日|速)?"
                r"(改善|改进|优化|修复|修正)",
                # the thirty-fifth round: room for improvement, or work still needed, said of
                # what the writer met (餐饮还有很大的进步空间, 口味还有改善的空间, 服务态度还需要
                # 改进, 平衡有待调整, 功能有待完善): the thing fell short this time (labelling
                # guide, implied failures), as 有待改进 does
                r"有待(调整|完善|提升|改良)|(改进|改善|进步|提升|提高|加强|优化)的?空间|"
                r"(还|仍|仍然|还是|也还)(需要|需|有待|得)(改进|改善|加强|提高|优化|提升|完善)|"
                # the forty-second round: a mending called urgent (态度亟需改善, 服务亟待提高,
                # 急需整改): the thing fell short, however politely it is put
                r"(亟需|亟待|亟须|急需|急待)(改善|改进|加强|提高|优化|提升|完善|整顿|整改)",
            ),
            negations=NEGATIONS,
            note="a fix asked for (请改善, 有待改进, 请尽快修复): what is asked mended was wrong "
            "this time, so a complaint, not a proposal (labelling guide: wishes that say the "
            "thing was wrong)",
        ),
        Rule(
            "kind.mend-this",
            kind=C,
            weight=3,
            patterns=(
                # a mending asked with no object (希望改进。, 能不能改进一下啊, 希望优化一下，摄像机
                # 总掉线, 求改善求更新, 请修复): what is to be mended is what the text tells, so it
                # was wrong this time (labelling guide, implied failures; the thirty-seventh
                # round) — not 希望增加…, 建议优化…的流程 (a thing named), nor the mild 希望能改进,
                # 希望可以改进下 a satisfied customer adds (很好用，就是…，希望能改进: praise)
                r"(希望|能不能|可不可以|能否|请|求)(你们|官方)?(好好)?(优化|改进|改善|修复|更新)"
                r"(一下|下)?(啊|吧|呀|哦|呢)?(?=$|[,。.!?~;])",
            ),
            overrides=("kind.suggestion", "kind.wish"),
            note="a mending asked with no object (希望改进。): a complaint about what the text "
            "tells",
        ),
        Rule(
            "kind.warning",
            kind=C,
            weight=5,
            terms=_w(
                "建议大家别 劝大家 大家别 大家不要 大家千万 千万别 千万不要 别买 不要买 别来 "
                "不要来 别去 不要去 别点 不要点 慎买 慎入 慎点 慎选 慎重考虑 避雷 踩雷 踩坑 "
                "绕道 不推荐 不值得 不会再 再也不 再不会 不再来 不再买 不再点 最后一次 拉黑 "
                "后悔 上当 上当受骗 一星 零星 negativereview notrecommend "
                # the nineteenth round (hospitals): 絕不進, 此生別來, 真的不推
                "绝不进 绝不去 绝不来 绝对不去 绝对不来 此生别来 真的不推 "
                # the forty-second round: a recommendation the writer cannot give (实在难以推荐,
                # 不敢推荐给朋友), as 不推荐
                "难以推荐 无法推荐 没法推荐 不敢推荐 "
            ),
            patterns=(
                # go to another one instead (建議掛這科的改掛其他醫師)
                r"建议\S{0,12}(改|换)(挂|看|去|找|选|买|用)?(其他|别的|别家|别人)",
                # the thirty-fifth round: never again as a rhetorical question (叫我以后还怎么点你们
                # 家的东西？ 这让人以后还怎么来？ 下次还敢住吗, 以后还怎么信你们), not a question of
                # how (下次怎么去你们店？ 以后怎么用积分？)
                r"(叫|让)(我|人)(以后|下次|今后|往后)?还?怎么(敢)?(点|买|来|住|用|吃|信|选|坐|订)|"
                r"(以后|下次|今后|往后)还(怎么敢|敢)(点|买|来|住|用|吃|信|选|坐|订)|"
                r"(以后|下次|今后|往后)还怎么(信|相信)",
                # the thirty-sixth round: given up for good (早就不喝了, 永不喝, 以后坚决不住这里,
                # 以后都不用这家银行), as 再也不 is; not 反正不用 (no need anyway)
                r"(早就|永远|永|坚决|以后都|反正)不再?(喝|买|吃|去|住|坐|点|来|订|用)(?<!反正不用)|"
                # the forty-second round: never again as a likelihood (已不太可能再乘坐, 不会考虑
                # 再来): the writer is done with the firm, a complaint however mildly said
                r"(不太可能|不大可能|不可能|不会考虑|不考虑)再(次)?(来|去|买|坐|乘坐|搭|搭乘|住|入住|"
                r"点|订|用|光顾|选|选择)",
                # the forty-fourth round: a warning with 最好别 told to other customers (你最好别住
                # 这家, 大家最好不要来, 最好别买这家的): the writer's bad stay or buy is its ground,
                # a complaint, not a wish to the company; only to a reader named (你, 大家) or
                # about the firm named after it (这家, 他家), not advice on how to use a thing
                # (最好别用热水洗)
                r"(你|你们|大家|各位|朋友们?|亲们|小伙伴们?)最好(别|不要)(再)?(住|来|买|去|选|订|入住|入手|"
                r"碰|点|坐|乘坐|搭|报)|"
                r"最好(别|不要)(再)?(住|来|买|去|选|订|入住|入手|碰|点|坐|乘坐|搭|报)(这家|他家|她家|它家|"
                r"此店|这里|这个酒店|这个店|这个牌子)",
            ),
            note="a warning to other customers or a verdict of never again: a complaint, not a "
            "suggestion to the company (建议大家别来)",
        ),
        Rule(
            "kind.verdict",
            kind=C,
            weight=4,
            terms=_w(
                "很差 极差 非常差 超差 巨差 真差 特别差 比较差 太烂 很烂 真烂 超烂 烂透 最烂 "
                "糟糕 差到 差差差 失望 很失望 太失望 大失望 无语 郁闷 醉了 服了 吐槽 "
                "很不满 垃圾 坑爹 太坑 坑人 忽悠 骗人 浪费钱 浪费时间 白花 白瞎 不咋地 "
                "不怎么样 不行 太次 一塌糊涂 惨不忍睹 恶心 难受 心塞 崩溃 不爽 "
                "日了 tmd 什么鬼 扯淡 受骗 被骗 骗子 差强人意 名不副实 徒有虚名 言过其实 "
                "还不如 比不上 不值 不值得 贵了 不划算 不合算 "
                "无聊透顶 枯燥乏味 乏味 不像样 也就那样 就那样吧 "
                # issue 13, real texts: contempt and boredom
                "不要脸 无耻 不敢恭维 太无聊 很无聊 真无聊 毫无新意 没有新意 没意思 没劲 "
                "太假 很假 虚伪 很无奈 真无奈 不合理 "
                # the nineteenth round (hospitals, an app, phones)
                "不敢领教 一言难尽 了无新意 屎一样 "
                # the twentieth round: everyday verdicts no rule read (价格也很贵, 性价比不高,
                # 广告太多, 无法将就, 没交代清楚, 玩法单一, 玩腻了, 很费劲)
                "贵得离谱 性价比不高 性价比低 性价比很低 "
                "性价比太低 广告太多 广告很多 全是广告 一堆广告 满屏广告 广告多 无法将就 "
                "没法将就 没交代清楚 没说清楚 没讲清楚 很压抑 太压抑 "
                "玩法单一 内容单一 太单一 很单一 比较单一 玩腻了 吃腻了 就腻了 "
                "很费劲 太费劲 好费劲 挺费劲 真费劲 特别费劲 非常费劲 超费劲 超级费劲 实用性不高 "
                # the forty-fourth round: a shortfall said plainly (超级无敌费劲, 游戏整体有所
                # 欠缺, 内容比较粗浅, 有小错误)
                "无敌费劲 巨费劲 贼费劲 有所欠缺 略有欠缺 有些欠缺 有所不足 太粗浅 比较粗浅 很粗浅 "
                # (not a bare 有错误: the customer's own entry as often, 信息填写有错误怎么修改？)
                "有小错误 错误百出 错误很多 错误太多 "
                # insults of a firm or its app, a product made to torment (坑惨了, 智障, 折磨人)
                "坑惨 被坑 智障 脑残 白痴 辣鸡 弱智 折磨人 照本宣科 差距明显 差距很大 弹窗 当机 "
                "额度太低 额度很低 额度低 "
                # and a dish, a book, a price or a desk called so (黑暗料理, 很乱, 抢钱, 做事拖拉)
                "黑暗料理 不咋滴 很乱 太乱 好乱 一团糟 抢钱 宰人 宰客 冗长 拖拉 拖拖拉拉 "
                "奇怪的味道 味道奇怪 味道怪怪的 怪味道 "
                # the thirty-fifth round: muddled, whatever it is said of (讲的不清不楚, 收了一些
                # 不清不楚的费用)
                "不清不楚 "
                # empty of content, all show (内容空洞, 形式大于内容, 华而不实, 没有连贯性), and
                # heartless (不近人情的银行)
                "内容空洞 空洞无物 形式大于内容 华而不实 没有连贯性 缺乏连贯性 不近人情 "
                "实用性差 变慢了 更慢了 变卡了 更卡了 "
                # the twenty-first round (game reviews): crude dismissals and expectations missed
                "狗屎 依托答辩 依托史 依托构式 一坨 拉垮 拉胯 稀烂 烂作 平庸 千篇一律 "
                "莫名其妙 退步了 "
                # the thirty-second round: deceived, fake reviews (骗我看, 都是托)
                "骗我 骗了我 都是托 全是托 "
                # the twenty-second round (airline reviews): lukewarm or cold verdicts on an area
                # (餐點十分普通, 服務很一般, 難以恭維, 比較冷淡, 不是很理想, 在退步)
                "很普通 非常普通 十分普通 相当普通 比较普通 略显普通 普普通通 太普通 "
                "很一般 非常一般 十分一般 相当一般 比较一般 难以恭维 冷淡 不理想 在退步 劣等 "
                "支离破碎 前言不搭后语 没达到预期 未达预期 不及预期 低于预期 达不到预期 配不上 "
                # slow, troublesome, a trap (效率很低, 麻烦到爆, 就是个坑, 不如老版的方便; not
                # 太麻烦 nor 不方便, the reasons a suggestion gives: 电脑操作太不方便)
                "效率低 效率很低 效率太低 不是一般慢 麻烦死 麻烦到爆 烦人 不如老版 不如旧版 "
                "是个坑 大坑 巨坑 亏大了 害人 没法吃 完全不能吃 "
                # the twenty-third round: annoyance, boredom, a wasted trip, a start not kept up
                # (有点烦, 挺无趣的, 扫兴, 白来了, 高开低走, 墨守成规)
                "有点烦 好烦 很烦 真烦 太烦 烦死 挺无趣 很无趣 太无趣 无趣至极 扫兴 败兴 白来了 "
                "白跑一趟 白去了 高开低走 虎头蛇尾 墨守成规 "
                # the twenty-eighth round (Hong Kong banks' app reviews): Cantonese swear words
                # and dismissals, a bare negative verdict (傻閪app, 收皮啦, 嘥時間; 撚 and 屌 below)
                "閪 仆街 收皮 食屎 on9 dllm 好柒 柒头 废柴 好废 废到 傻嗨 嘥时间 嘥钱 "
                "bad poor disappointing "
                # the forty-third round: a mediocre verdict in a set phrase (飞机餐普普, 平平无奇,
                # 乏善可陈, 也就那么回事): the guide's 一般 as the verdict, a complaint; not
                # 中规中矩 nor 无功无过, said as often of a side dish in a warm review (其他菜
                # 无功无过) as of the whole
                "普普 平平无奇 平淡无奇 乏善可陈 也就那么回事 就那么回事 "
                # the forty-seventh round: disappointment in a set phrase (不尽如人意, 中看不中用,
                # 翻车了, 交了智商税) and worth denied with a softening degree word (感觉不太值,
                # 不怎么值, 不是很值: 不值 said politely)
                "不尽如人意 中看不中用 翻车了 智商税 不太值 不怎么值 不大值 不是很值 不是太值 "
                # and an app so slow it is sworn at (卡成狗, 卡出翔, 就属它最卡)
                "卡成狗 卡出翔 卡成ppt 卡成幻灯片 最卡"
            ),
            patterns=(
                # too dear (太贵, 有点贵, 这么贵), not precious or a guest (很贵重, 贵宾, 贵姓)
                r"(太|好|很|真|挺|超|偏|小|死|有点|这么|那么)贵(?![重宾姓司州阳族妃人])",
                r"(很|极|非常|特别|超|巨|真|好|比较|有点|有些|最|超级|实在|略|相当|十分|越来越|更|"
                r"挺|这么|那么)差(?!不多|点|一点)",
                # a rip-off in a word of degree (消费就极其坑, 真是坑; the thirty-second round)
                r"(极其|极度|真的|真是|太|很|超|特别|好|真|非常|实在|就)坑(?![洼道])",
                # a thing or a service called bad at the end of its clause (售后差, 服务差,
                # 早餐质差): after a noun, not inside a word (时差, 落差, 参差, 不差, 无差)
                r"(?<=[\u4e00-\u9fff])(?<![不无没太时落温误偏相还就只出视价色顺逆公参反])差"
                r"(?=$|[。,.!?;~])",
                # worse than before (不如以前了, 没以前好吃, 服务质量在下降, 一次不如一次)
                r"(不如|没|没有)(以前|之前|从前|原来|上次)(好|了|的好)|大不如前|一次不如一次|"
                r"比(以前|之前|原来)差|越来越(差|慢|贵|难吃)|"
                # the forty-sixth round: worse at every turn, whatever turns (越做越差, 越更新越卡,
                # 越来越敷衍); not a good thing growing (越来越好, 问题越来越少: no fault word)
                r"越(来|做|吃|用|卖|开|办|改|修|更新|升级|搞|玩|住|看)越(差|烂|难吃|难喝|难用|贵|慢|卡|"
                r"糟|敷衍|水|拉垮|拉胯|不行|离谱|过分|坑|垃圾|无聊|不如|不靠谱|不像话|难看)|"
                r"(质量|服务|水平|口味|味道)\S{0,2}(在|有所|明显)?下降",
                # the thirty-sixth round: it was fine before (会出现资料错误，之前就不会; 之前还好好
                # 的, 现在每次都要重新登录), not a skill learnt since (我以前不会用，现在会了)
                r"(之前|以前|上个版本|旧版|原来)(就|都|也|还|从来|一直)?(没有这个问题|没这个问题|"
                r"没有这种情况|没有这个情况|没这种情况|没出现过|好好的|都正常|是正常的)|"
                r"(之前|以前|上个版本|旧版)(就|都|从来)不会(?=$|[,。.!?;~]|这样|出现)",
                # disagreement with what the seller claims (实在不敢苟同)
                r"(不敢|无法|不能|难以)苟同",
                # (the forty-third round: and with the particles of a shrug, 很一般啦, 感觉一般
                # 而已, 一般般哦)
                r"(?<![不非])(很|比较|太|真|挺|就|也就|相当)?一般(般)?(吧|啊|了|的|呀|啦|哦|喔|而已|罢了)?"
                r"(?=$|[。,.!?;~])",
                # (not a skill lacking at first or asked about: 刚开始不会用，现在会了, 会不会用,
                # 该不会用这个…; the thirty-eighth round)
                r"(?<![会该])(?<!开始)(?<!以前)(?<!之前)(?<!起初)(?<!原来)"
                r"(不会|不想|再也不|再也不会|不敢|绝不)(再)?(来|买|点|住|订|光顾|回购|用)",
                # a bare 烂 as its own clause (一定要登入吗！烂) and a task made hard (超难查)
                r"(?<![\u4e00-\u9fff])烂(?=$|[。,.!?;~])",
                # the thirty-fifth round: barely good enough (勉强及格, 勉強夠吃, 勉强过得去, 难以
                # 下咽也勉强吃了) and nothing gained (没有任何收获, 没有任何帮助): a lukewarm or a
                # negative verdict, as 一般 is
                r"勉强(及格|够吃|过得去|下咽|凑合|能吃|好评|给)|"
                r"没有?任何的?(收获|帮助|作用|效果|意义|用处|新意|价值)",
                # two faults joined by 又…又… (又臭又黑, 又贵又难吃, 又慢又卡)
                rf"又({_FAULTS})又({_FAULTS})",
                # reviews called bought (好评是刷的, 这课程的好评都是刷出来的吗？), as 都是托
                r"(好评|评价|评论|五星|销量|评分)\S{0,4}(都是|全是|是)?刷(出来)?的",
                # shoddy, said of the goods at the end of a clause (做工比较次, 质量太次了)
                r"(比较|有点|有些|挺|真|很|太|做工|质量)次(?=$|[。,.!?;~啊了的])",
                # the twenty-third round: a thing called plain or scant at the end of its clause
                # (座椅舒適度普通, 餐點普通, 伸展空間有限, 选择有限), and a game or an app too hard
                # to follow (玩不明白, 用不明白)
                r"(?<=[\u4e00-\u9fff])(?<![不很非十相较显太普常])普通(?=$|[。,.!?;~])",
                r"(空间|选择|品种|种类|座位|车位|数量|菜品|选项|功能|效果|帮助|作用)"
                r"(很|比较|非常|太|十分|相当|较为|实在)?有限",
                r"(玩|用|弄|搞)不(明白|懂)",
                # the fortieth round: a lesson or a book that leaves the writer lost (还是一头雾水,
                # 看得我经常摸不到头脑, 到后面就听不懂了, 听得稀里糊涂); not lost at first only
                # (刚看完的时候，一头雾水; 刚开始一头雾水，后来…)
                r"(?<!时候,)(?<!开始,)(?<!开始)(?<!起初)(?<!一开始,)"
                r"((听|看)不(明白|懂)了?(?![吗么?])|一头雾水|摸不(着|到)头脑|(听|看)得稀里糊涂)",
                # the thirty-sixth round: nothing worth the trip (早餐没啥吃的, 没什么看的,
                # 也没多少看的, 没啥吃头) and bad enough (有够烂, 有够难用, 官网也是够烂的)
                r"(没什么|没啥|没多少|没有什么)(可|好)?(看|玩|吃|逛|买)(的|头)|"
                r"(有够|真够|也是够)(烂|差|慢|难用|难吃|糟|坑)",
                # the thirty-sixth round: not even the least of it (连水都没有, 连个包装盒都没有,
                # 连电话都不打一个, 很多界面连返回按钮都没有, 连登入都无法): what should come
                # first is missing; not what need not be done (连门都不用出, 连说明书都不需要看)
                # nor what the writer did not know (连换了包装都不知道)
                r"连[^,。.!?;:…~]{1,10}?(都|也)(没有?|无法|没法|无|不(?!知道|晓得|用|需|必|怕|在话下))",
                r"(超|很|太|好|非常|特别|真|超级)难(查|用|操作|预约|挂号|挂到|打通)",
                # a broken bank, app or thing (破银行, 破软件)
                r"破(银行|软件|app|东西|玩意|手机|系统|游戏|店|车)",
                # bad to death, slow enough to make toast (烂的要死, 慢到都可以烤个吐司)
                r"(烂|慢|卡|差|贵|难用|难吃|难看|丑|吵|臭)(的|得)要死|慢到",
                # the twenty-eighth round: Cantonese swearing (煩撚到嘔, 屌你), not 撚手 (a
                # signature dish), 屌 as praise (最屌的App, 屌爆) nor Mandarin's 屌丝 (self-mockery)
                r"撚(?!手)|(?<![最好超真很太几])屌(?!爆|炸|丝|絲)",
            ),
            negations=(
                "不是",
                "并不",
                "不算",
                "没有那么",
                "没那么",
                "没",
                "没有",
                "毫不",
                "并没",
                # 不会失望, 一点都不失望, 不会让我失望 (pr.not-bad reads them)
                "不会",
                "一点都不",
                "一点也不",
            ),
            # the thirty-fifth round: refuse named, not a verdict (垃圾分类怎么做, 垃圾清运,
            # 垃圾清理功能, 垃圾中转站), as ``kind.complaint`` reads them
            negations_after=("分类", "清运", "清理", "中转"),
            note="a negative verdict: 很差, 失望, 不值, 一般, 不会再来",
        ),
        Rule(
            "kind.not-good",
            kind=C,
            weight=2,
            patterns=(
                # the twenty-sixth round: a bare 不好 (体验特别不好, 感觉很不好), not a phrase
                # that holds it (不好意思, 好不好, 说不好, 不好找, 不好不坏) nor a named fault's
                # (不好吃), nor what is no one's doing (天气这么不好, 心情不好)
                r"(?<![好说讲搞弄要])(?<!什么)不好(?!意思|说|讲|评价|判断|形容|估计|描述|定|回答|找|弄|"
                r"办|受|惹|看|玩|吃|用|听|闻|喝|买|卖|做|控制|操作|把握|拿|搞|处理|打|开|关|洗|装|拆|"
                r"穿|走|停|放|过|写|学|懂|记|分|比|界定|下|上|进|出|查|使|联系|约|带|养|修|退|换|"
                r"不坏|的话)",
            ),
            negations=(
                *NEGATIONS,
                "天气",
                "心情",
                "身体",
                "运气",
                "如果",
                "要是",
                "万一",
                "假如",
                "担心",
                "怕",
            ),
            question_frames=QUESTION_FRAMES,
            note="a bare 不好 said of the goods or the service: a negative verdict",
        ),
        Rule(
            "kind.grievance",
            kind=C,
            weight=4,
            terms=_w(
                # a harm done to the writer's life, and nobody acting on it (formal letters
                # to a company or an authority, as well as reviews and chats)
                "严重影响 严重干扰 扰民 无人管 没人管 无人管理 没人管理 无人问津 置之不理 "
                "不予理睬 不闻不问 不理不睬 乱收费 拖欠 克扣 侵犯 侵害 违规 违法 擅自 强行 "
                "霸占 屡禁不止 得不到解决 一直得不到 石沉大海 杳无音信 苦不堪言 怨声载道 "
                "投诉无门 求助无门 抗议 谴责 "
                # a rule broken (你们违反规定, 严重违反合同约定): as 违规 is
                "违反"
            ),
            patterns=(
                # still not done: 至今没有解决, 迟迟不退, 一直未回复
                r"(至今|到现在|到目前|迄今|仍然|依然|始终|一直|迟迟)(为止)?\S{0,2}(没有|没|未|不|无)"
                r"人?(解决|处理|回复|答复|回应|到账|退|发货|修|落实|兑现|联系)",
                # ... and a promise still not kept (赠品仍未发, 拖延至今还未开班, 一直未曾收到押金,
                # 至今仍未恢复供水; the thirty-first round)
                r"(至今|到现在|到目前|迄今|仍然|依然|始终|一直|迟迟|仍)(为止)?\S{0,2}(没有|没|未曾|未|不)"
                r"(给|曾)?人?(发(?![现生展烧热])|收到|到货|开班|开课|开工|开通|办理|兑付|交付|交房|安装|"
                r"上门|寄|补发|到位|完成|恢复|赔|放款|下款|还款给)",
                # no answer was given: 没有得到任何答复, 未见处理
                r"(没有|没|未|无)(得到|收到|见到|见)?(任何)?(回复|答复|回应|解决|处理结果|说法)"
                r"(?![吗么呢?])",
                # the writer's life is affected: 影响居民休息, 影响了我们的正常生活
                r"影响(了)?(我们|居民|业主|群众|市民|百姓|住户|附近|周边|正常|日常)\S{0,3}"
                r"(生活|休息|出行|睡眠|通行|学习|工作|健康|安全)",
                r"(损害|侵犯|侵害)\S{0,8}(权益|利益)",
            ),
            negations=("不会", "是否", "能否", "会不会", "如果", "假如", "以免", "避免", "防止"),
            negations_after=("吗", "么", "?"),
            note="a grievance in a formal letter or a report: harm to the writer's life, "
            "nobody acting, no answer yet (严重影响, 置之不理, 至今没有解决)",
        ),
        Rule(
            "kind.faint-praise",
            kind=C,
            weight=3,
            patterns=(
                # the thirty-eighth round: a lukewarm verdict as a clause of its own, then the
                # fault (还行吧，就是房间有点小; 还可以，但是米饭偏硬; 凑合，不过太咸了): the
                # labelling guide's "还行吧，就是X" is a complaint about X; not a warm verdict
                # (还不错，就是X is praise) nor 还行 inside a longer praise (房间还行，位置很好)
                r"(?:^|(?<=[,。.!?;~]))(还行|还可以|还好|凑合|将就|马马虎虎|一般般?)(吧|啦|呗|啊)?"
                r"[,。.!~]*(就是|但是?|不过|只是|可是)",
                # the forty-second round: the same verdict summed up or hedged (总体还算可以，就是
                # 有点贵; 整体也就还行吧，但是…; 感觉勉强可以，不过…): still lukewarm, a complaint
                # about the fault after it
                r"(?:^|(?<=[,。.!?;~]))(总体|整体|总的来说|总体来说|整体来说|总体上|整体上|总之|感觉)"
                r"(还算|也就|也还|算是|勉强)(还行|还可以|可以|行|凑合|过得去)(吧|啦|呗|啊)?"
                r"[,。.!~]*(就是|但是?|不过|只是|可是)",
                # the thirty-ninth round: below what was expected (总而言之没有想象的好吃, 没想象的
                # 好看, 菜的味道不是想象中的美味): the guide's "没有想象中好玩" as a verdict
                r"(没有|没|不如|不及)(我)?(想象|预期|期待|预想)(中|的|里|当中)?的?(那么|那样|这么)?"
                r"(好|好吃|好玩|好看|美味|精彩|出色|惊艳|有趣)|"
                r"(不是|并非)(我)?(想象|预期|期待)(中|的)?的?(美味|好吃|那样|那么好)",
            ),
            overrides=("pr.fair", "pr.overall"),
            note="a lukewarm verdict followed by a fault (还行吧，就是X): a complaint about X",
        ),
        Rule(
            "kind.faint-subject",
            kind=C,
            weight=3,
            patterns=(
                # the fortieth round: the lukewarm verdict of ``kind.faint-praise`` after a short
                # subject (讲的还可以，但讲师明显没有备课; 房间还行，就是我要存包服务员不太
                # 愿意; 本身还行，不过…): the fault after it is the point; not a warm verdict
                # (还不错, 挺好), nor one of a past visit (当时感觉一般。但是自从…), nor a doubt
                # (只是不知道…).  The praise word stays a rival vote: the subject's verdict is
                # lukewarm, not denied
                r"(?:^|(?<=[,。.!?;~]))[^,。.!?;~很挺都也还时前]{1,4}(还行|还可以|凑合|马马虎虎|一般般?)"
                r"(吧|啦|呗|啊)?[,。.!~]*(就是|但是?|不过|只是|可是)(?!不知道|不清楚|不确定)",
            ),
            note="a subject's lukewarm verdict followed by a fault (讲的还可以，但…): a complaint",
        ),
        Rule(
            "kind.gone-worse",
            kind=C,
            weight=3,
            patterns=(
                # the thirty-eighth round: it was good before, now it is not (以前很好，现在服务
                # 差了; 第一次买还可以，这次苹果一股味道; 原来挺好吃的，最近越来越咸): the change
                # is the point; not a praise kept (以前就喜欢，现在还是一样好吃), nor a friend
                # (好友)
                r"(以前|之前|原来|刚开始|一开始|起初|曾经|过去|上次|第一次|本来)[^。.!?;]{0,10}"
                r"(好|不错|满意|喜欢|可以|快|新鲜|好吃|好用)(?!友)[^。.!?;]{0,4}?[,]?(但是?|可是|不过)?"
                r"(现在|如今|后来|最近|这次|这回|今天|第二次)[^。.!?;]{0,8}?(不|没|差|少|慢|难|变|贵|越来越|"
                r"一点也|降|一股|老是|总是|经常|动不动|坏|死机|故障|出问题)",
            ),
            negations=("如果", "要是", "假如"),
            # the praise told of the past is what the change denies
            overrides=("pr.general", "pr.goods", "pr.service", "pr.delivery", "pr.fair"),
            note="a thing that was good before and is not now (以前很好，现在差了): a complaint",
        ),
        Rule(
            "kind.not-worth",
            kind=C,
            weight=6,
            patterns=(
                # the thirty-ninth round: not worth its price (就菜味道而言不值这个价, 未来打折可以
                # 考虑，但不值88, 令人感觉不合机票价值, 性价比太低): a verdict on the deal, a
                # complaint whatever praise of the staff stands beside it
                r"不值(这个价|这个价格|这个价钱|这价|这么多|[0-9]+)|不合[^,。.!?;:…~]{0,3}(价值|价格|价钱)|"
                r"性价比(太|很|极|非常|比较)?低",
                # better without it (赠品质量太次了，不如不送; 还不如不更新呢)
                r"不如不(送|买|去|来|更新|升级|改|用|吃)",
                # one star given (一颗星是给快递哥的): the rating says what the text means
                r"(一星|一颗星|1星)(是|只是|都是)?给",
            ),
            negations=("如果", "要是", "假如", "并非", "不是", "没有", "谁说"),
            negations_after=("吗", "么", "?"),
            note="not worth its price (不值这个价, 性价比太低) or better without it: a complaint",
        ),
        Rule(
            "kind.advise-against",
            kind=C,
            weight=6,
            patterns=(
                # the thirty-ninth round: other customers told not to buy (不建议购买,
                # 不建议大家买这本书, 建议大家不要买,
                # 建议重视当地美食的朋友不要在宾馆的餐厅就餐): a warning
                # is a negative verdict, a complaint, though it says 建议 (so it outweighs
                # the word's own vote); not one dish of a meal praised (血旺不建议点)
                r"不建议(大家|伙伴们|各位|你们|新手|萌新)?(购买|买|入手|入坑|下载|网上买|去|来|住|"
                r"选择|全款)",
                # (advice to others: not a doctor's to the writer, 医生建议我不要在晚上吃)
                r"建议(?!我)[^。.!?;:…~]{0,12}(不要|别|千万别|千万不要)(买|购买|下载|去|来|住|入住|"
                r"就餐|选择|入手|入坑|在)",
            ),
            negations=("如果", "要是", "假如", "医生", "医师", "大夫", "老师"),
            note="other customers told not to buy (不建议购买, 建议大家不要买): a complaint",
        ),
        Rule(
            "kind.wont-return",
            kind=C,
            weight=4,
            patterns=(
                # the thirty-ninth round: the writer will not come back (下次不会选择这家宾馆, 以后
                # 坚决不住这里, 下次真的不會想再搭乘, 不去这家了, 考虑换一家试试了): the
                # guide's "won't buy again" makes the problem the point of the text, whatever
                # praise stands beside it
                r"(下次|下回|以后|再也)(真的|绝对|肯定|坚决|再|也)?(不会|不想|不再|绝不|不敢|不太可能|不)"
                r"(想|会)?(再)?(选择?|来|去|住|买|点|订|光顾|考虑|入住|吃|坐|搭|乘坐|搭乘|回购|用)"
                # (not loyalty: 以后不会再去别家了)
                r"(?!别|其他|其它|外面)",
                r"不(再)?(去|来|住|买|吃|点)(这|那)家了|(换|另找)(一|别)?家(试试|吧|了)",
            ),
            negations=("如果", "要是", "假如", "担心", "怕"),
            negations_after=("吗", "么", "?"),
            note="the writer will not come back (下次不会再来): a complaint, whatever praise "
            "stands beside it",
        ),
        Rule(
            "kind.sole-merit",
            kind=C,
            weight=4,
            patterns=(
                # the fortieth round: the one thing worth praise, named as the only one (唯一感到
                # 满意的是房间很大, 唯一值得称赞的是早餐, 唯一值得推荐的是电影, 唯一的优点就是便宜):
                # everything else fell short, so the text is a complaint; the praise in the clause
                # is what the rule reads, not a verdict of its own.  Not a thing singled out in
                # praise (唯一值得一提的是前台特别热情, 这家店唯一推荐的是牛肉面: no fault implied)
                r"唯一(让人|令人|让我|令我|感到|觉得|能|可以|值得)?\S{0,2}(满意|称赞|称道|欣慰|肯定|夸|赞|"
                r"可取|好评)的?(是|地方|就是|之处|一点)[^。.!?;]{0,16}|唯一值得推荐的(是|就是)[^。.!?;]{0,16}|"
                r"唯一的(优点|亮点|好处|可取之处)(就)?是?[^。.!?;]{0,16}",
            ),
            negations=("不是", "并非", "不止", "不只"),
            overrides=(
                "pr.general",
                "pr.goods",
                "pr.service",
                "pr.delivery",
                "pr.fair",
                "pr.content",
            ),
            note="the one thing worth praise named as the only one (唯一满意的是房间大): a "
            "complaint",
        ),
        Rule(
            "kind.main-fault",
            kind=C,
            weight=5,
            patterns=(
                # the fortieth round: the fault named as the main one or the one that cannot be
                # borne (最大的问题是没有免费的茶, 最让我受不了的是频繁的广播, 不满意的地方就是服务,
                # 唯一需要抱怨的就是影音系统): the writer says what the point of the text is, a
                # complaint whatever praise stands beside it (labelling guide, mixed texts 2);
                # not the mild 唯一的缺点 a satisfied customer adds (a contrast cue), nor a
                # fault denied (最大的问题不是价格, 没有不满意的地方)
                # (after the fortieth round: not a question about the faults, 这款车最大的
                # 问题是什么, 主要问题是什么？; not the idiom of praise 最大的缺点就是没有缺点; not
                # the one mild regret of a satisfied customer, 唯一不满意的地方是电梯有点慢)
                r"((最大的?|一个大|主要的?)(问题|缺点|败笔|槽点|毛病)(就)?是|"
                r"最(让人|让我|令人|令我)?(受不了|不满|失望|讨厌|无语|头疼|难受|不能接受)的(是|地方|就是)|"
                r"(?<![没无])(?<!唯一)(?<!唯一的)不满意的(地方|是|就是)|需要抱怨|要吐槽的(是|就是))"
                r"(?![^,。.!?;]{0,4}(什么|哪|吗|\?))(?![^,。.!?;]{0,3}没(有)?(缺点|问题|毛病|槽点))",
            ),
            negations=("没有", "没", "无", "如果", "要是", "假如"),
            note="a fault named as the main one (最大的问题是…, 最让我受不了的是…): a complaint",
        ),
        Rule(
            "kind.when-mended",
            kind=C,
            weight=4,
            patterns=(
                # the fortieth round: when a failure the writer lives with will be put right
                # (停电何时恢复, 没有电，什么时候可以修好, 什么时候来电, 这什么时候能修复啊, 不知道
                # 啥时候能解决, 河什么时候可以整治好): the outage or the fault is the point, the
                # question its form (labelling guide: 怎么还没送到？ is a complaint); not a
                # limit or a service asked back (什么时候可以恢复借呗的额度: a consultation), nor
                # the writer's own doing asked about (我什么时候可以修好这个: when to bring it in)
                r"(?<!我)(?<!我们)(什么时候|何时|啥时候|几时)(能|可以|会|才能|才)?(修好|修复|来电|来水|通电|"
                r"通水|通网|解决)(?![^,。.!?;]{0,6}(额度|资格|权限|营业))",
                # 恢复 only where a supply or a failure is named (何时恢复供电, 停电了什么时候恢复):
                # a limit, a price or opening hours restored is asked about (借呗额度什么时候恢复,
                # 会员价什么时候恢复, 门店什么时候恢复营业？: consultations, the guide's own
                # example)
                r"(?<!我)(?<!我们)(什么时候|何时|啥时候|几时)(能|可以|会|才能|才)?恢复"
                r"(供电|供水|供气|供暖|通电|通水|网络|信号|通信|通话|上网|正常使用)",
                r"(停电|停水|断电|断网|断水|没电|没水|没网|没有电|没有水|没有网|没信号|没有信号|坏了|故障|"
                r"断了|不能用|用不了|不通)[^。.!?;]{0,12}?(什么时候|何时|啥时候|几时)(能|可以|会|才能|才)?恢复",
            ),
            # the noun before the verb (借呗额度什么时候恢复, 会员价什么时候恢复, 门店什么时候恢复
            # 营业), or a repair's status asked (手机送修后大概什么时候能修好: the labelling
            # guide's status questions are consultations)
            negations=_w("额度 资格 权限 价 营业 优惠 活动 会员 送修 寄修 维修中 送去修 拿去修"),
            window_chars=10,
            note="when a failure will be put right (何时恢复供电, 什么时候能修复): a complaint",
        ),
        Rule(
            "kind.why-fails",
            kind=C,
            weight=4,
            patterns=(
                # the fortieth round: why a thing cannot be found, shown or installed, or why it
                # is cut so short (为什么查不到付款信息, 为什么装不上, 为什么商户页面还是显示未交费,
                # 借呗分期为什么只有六期, 为什么滚动截图只能截这么短): the failure is the point, the
                # question its form (labelling guide: 为什么我的花呗用不了了？); not why a shop
                # stocks one brand only (为什么超市只有光明: no count, no failure)
                r"(为什么|为啥|为何)[^,。.!?;]{0,16}(查不到|搜不到|找不到|收不到|装不上|登不上|登录不上|"
                r"打不开|报错|还是显示|显示未|不出来|"
                # the forty-first round: ... or why money was taken (为什么我的信用卡绑在itunes上
                # 被扣了1元钱; the gap widened to 16 for the thing named between: 为什么很久云闪付卡
                # 申请不出来); not why a thing is not shown (为什么登机牌上不显示机票价格: asked)
                r"被扣|"
                r"(只有|最多|只能)[^,。.!?;]{0,3}(这么|那么|[0-9一二两三四五六七八九十几]))"
                # (not a choice asked to be widened: 为什么只有三种颜色可选？希望多出几种颜色, a
                # proposal, kind.suggestion's)
                r"(?![^。.!;]{0,24}(希望|建议|能不能多|可不可以多|能否多))",
            ),
            note="why a thing fails or is cut short (为什么查不到, 为什么只有六期): a complaint",
        ),
        Rule(
            "kind.wasted-merit",
            kind=C,
            weight=6,
            patterns=(
                # the fortieth round: a merit wasted by the rest (可惜了女主的演技, 白瞎了这么好的
                # 美术, 可惜了这么优秀的原画师, 浪费了这么好的食材): the good thing is named to say
                # the rest spoilt it, a complaint; not a chance missed (可惜了，没抢到)
                r"(可惜|白瞎|浪费)了(这么|那么|如此)?(好|优秀|不错|精美|漂亮)|"
                r"(可惜|白瞎)了[^,。.!?;]{1,8}(的)?(演技|美术|画面|原画|配乐|音乐|题材|设定|环境|位置|"
                r"食材|装修|好评|画师|演员|剧本)",
            ),
            negations=("不", "没", "并不", "一点也不", "如果", "要是"),
            overrides=("pr.general", "pr.goods", "pr.service", "pr.content", "pr.film"),
            note="a merit wasted by the rest (可惜了这么好的美术): a complaint",
        ),
        Rule(
            "kind.fix-the-problem",
            kind=C,
            weight=4,
            patterns=(
                # the fortieth round: a wish that the company deal with a problem (希望能改善延误
                # 的问题, 希望国家有关部门能够重视这些问题, 请尽快处理噪音的情况): the problem was
                # suffered, so a complaint (labelling guide: a suggestion reports no failure the
                # writer suffered); not a plain request in a chat (请帮我处理一下发票的问题: nothing
                # wrong reported), nor in a text with a proposal of the writer's own in it (建议在
                # 小区门口增加一个公交站，希望有关部门重视这个问题: a suggestion, kind.suggestion's
                # vote stands)
                r"(希望|请(?![问教]|帮我|帮忙|您帮|你帮)|望|盼)[^,。.!?;]{0,8}(改善|改进|解决|处理|重视|加强)"
                r"[^,。.!?;]{0,10}的?(问题|情况|现象)",
            ),
            negations=("如果", "要是", "假如", "遇到"),
            silencers=(r"建议|增加|增设|开通|新增|加设",),
            # the wish is the form the complaint takes, no proposal of its own
            overrides=("kind.suggestion", "kind.wish"),
            note="a wish that a problem be dealt with (希望能改善延误的问题): a complaint",
        ),
        # ---- the forty-first round: disappointment told in a verdict of its own ----------
        Rule(
            "kind.worse-than-before",
            kind=C,
            weight=4,
            patterns=(
                # the forty-first round: worse than before, with the thing compared between
                # (没有像之前买的一样新鲜, 没上次购买的好吃, 不如之前在小超市买的效果好, 份量比以前
                # 少了很多, 菜量明显比之前单独订的时候少): a decline the customer met, a complaint;
                # not asked (有没有以前好吃), nor denied (不比以前差), nor wished (希望别比以前贵),
                # nor a crowd thinner than before (没有当初那么多人: 多 and 大 are no merit)
                r"(?<!有)(?<!希望)(?<!要是)(?<!如果)(没有?|不如|不像|比不上|不及)像?"
                r"(以前|之前|上次|上回|原来|过去|从前|以往|往常|当初|去年)[^,。.!?;~]{0,8}?"
                r"(好|新鲜|甜|香|脆|值|快|舒服|方便|实惠|便宜|干净|用心|流畅|清楚)",
                r"(?<![不没])(?<!希望)(?<!要是)(?<!如果)比(以前|之前|上次|上回|原来|过去|从前|以往|"
                r"往常|去年)[^,。.!?;~]{0,8}?(少|小|贵|差|慢|难吃|难喝|薄|淡|短|难用|卡|咸|硬|糟|烂)",
                # ... or worse and worse (越来越垃圾, 越来越难找, 越来越敷衍, 越到后面越乱,
                # 越升级越不如), not better and better (越来越不错, 越来越难得, 越来越没有问题)
                r"越来越(不(?!错|用)|没(?!有?(问题|毛病|故障))|难(?!得)|烂|糟|乱|敷衍|坑|水|离谱|无聊|"
                r"垃圾|拉垮)|"
                r"越(到|往)?后(面|来|边)?越(乱|差|烂|无聊|拖|水|没意思|难|慢|卡|贵|敷衍|离谱|崩|垮)|"
                r"越(升级|更新|改)越(不如|差|烂|难用|卡|慢)",
            ),
            negations=("如果", "要是", "假如", "希望", "别", "不要"),
            note="worse than before, the thing compared between (没上次购买的好吃, 比以前少了很多) "
            "or worse and worse (越来越垃圾, 越到后面越乱): a complaint",
        ),
        Rule(
            "kind.letdown",
            kind=C,
            weight=6,
            terms=_w(
                # the forty-first round: an expectation let down (可能抱的希望太大, 对这部作品期望
                # 太高了, 有一种落差感, 结果大失所望, 每步都是不过如此, 有种也就这样的感觉, 味道没
                # 什么惊喜, 没有那么出色): the customer came for more than was given, a complaint
                # by the guide (a bare negative verdict), however mildly put
                "希望太大 希望太高 期望太高 期望太大 期望过高 期望值太高 期望值过高 期待太高 "
                "期待过高 期待太大 落差感 有落差 心理落差 大失所望 "
                "也不过如此 都是不过如此 不过如此吧 不过如此而已 不过尔尔 也就这样 "
                "没什么惊喜 没啥惊喜 毫无惊喜 没有惊喜 没有那么出色 没那么出色 没有想象中那么"
            ),
            patterns=(
                # ... or a merit not found in it (内容不觉得有多好, 也没吃出啥特别好吃的), not a
                # worry waved away (不觉得有什么好担心的)
                r"(不|没)(觉得|感觉|吃出|看出|玩出)(有|出)?(多|什么|啥)(特别)?(好|好吃|好玩|好看|惊艳|"
                r"出色|精彩)(?!担心|怕|奇怪|说|后悔|犹豫|纠结|抱怨|不满|意思)",
            ),
            negations=("如果", "要是", "假如", "怕", "担心", "以免", "免得"),
            # the forty-fifth round: the merit inside the letdown (没什么惊喜, 没那么出色) is no
            # praise of the thing
            overrides=("pr.general", "pr.goods", "pr.fair"),
            note="an expectation let down (期望太高, 落差感, 不过如此, 没什么惊喜): a complaint",
        ),
        Rule(
            "kind.puzzled-fault",
            kind=C,
            weight=3,
            patterns=(
                # the forty-first round: a fault the writer cannot account for (不知道是什么原因造成
                # 的？ 不知道什么原因，信号很弱; 不知为啥后期又扣款, 不知道为什么要贵那么多, 不知道
                # 为什么有几个角色一直空白): the puzzle is how the problem is told, a complaint
                # (labelling guide: a question that carries a reported problem); not why a thing
                # is liked (不知道为什么这么好吃: no failure named after it)
                r"(不知道?|也不知|都不知道?)(是)?(什么|啥)(原因|情况)(?!下)|"
                r"(不知道?|也不知|都不知道?)(为什么|为啥|为何|怎么回事|咋回事|怎么搞的)"
                r"[^,。.!?;~]{0,12}?(没|不|无法|又|老是|总是|一直|要|这么高|那么高|这么贵|那么贵|"
                r"这么慢|那么慢|这么差|扣|少|空白|掉|坏)",
            ),
            negations=("如果", "要是", "假如"),
            note="a fault the writer cannot account for (不知道是什么原因, 不知为啥又扣款): a "
            "complaint",
        ),
        Rule(
            "kind.indignant-surprise",
            kind=C,
            weight=3,
            patterns=(
                # the forty-first round: a surprise at what was done to the writer (居然要了茶位费,
                # 竟然把订单取消了, 居然要一个一个点掉, 居然让我们等了一个小时, 竟然连发票都不给):
                # 居然/竟然 before a demand, a withholding or a thing done to the customer tells
                # indignation, a complaint; not a pleasant surprise (居然只要五十块, 居然没有发烫,
                # 居然不贵, 居然不收运费, 居然被我抢到了)
                r"(居然|竟然)(还|也|都)?(要(?!了?[^,。.!?;]{0,4}(好评|表扬))|"
                r"只(?!要|需|用|花|收)|连(?!续)|把|让|收|被(?!我)|"
                r"没(?!有?(发烫|发热|卡顿|卡|问题|毛病|坏|漏|破|碎|掉|异味|怪味|裂|延误|晚点|迟到|排队|等|"
                r"辣|贵|腻|油|咸|失望|踩雷|翻车))|"
                r"不(?!(贵|卡|辣|腻|咸|油|难吃|难喝|用|收|堵|错|输|比|亚于|差)))",
            ),
            negations=("如果", "要是", "假如"),
            # a surprise told in thanks or praise is a pleasant one (竟然连停车都免费，太贴心了;
            # 竟然把我落下的钱包送回来了，太感谢了)
            silencers=(r"感谢|谢谢|多谢|贴心|暖心|良心|惊喜|点赞|好评|给力|太好了|太棒了|真好",),
            note="a surprise at what was done to the writer (居然要了茶位费, 竟然把订单取消了): a "
            "complaint",
        ),
        Rule(
            "kind.falls-short",
            kind=C,
            weight=3,
            terms=_w(
                # the forty-first round: a service or a pace that cannot keep up (服务明显的
                # 跟不上了, 硬件服务跟不上, 基础不好的同学根本就跟不上), a shortfall told, a
                # complaint
                "跟不上 "
                # the forty-third round: short of the mark (川湘菜差点儿火候, 欠火候); not 差一口气,
                # as often a near thing (差一口气就赢了) as a shortfall
                "差点火候 差点儿火候 差些火候 欠火候 欠点火候"
            ),
            patterns=(
                # ... and a mending the company is told is due (配送服务要提高质量了, 该好好整顿
                # 一下了): the 了 says it is overdue, so the thing fell short; not a part that is
                # due for renewal (刹车油肯定要换了: 换 and 更新 are no fault)
                r"(该|应该|需要|要|得)(好好)?(提高|改进|改善|加强|整顿|整改|管管|反思|检讨|提升)"
                r"[^,。.!?;~]{0,4}了(?=$|[,。.!?;~])",
                # ... or a thing that falls a little short (人物塑造也差点意思, 总是差了点意思), not
                # a gesture nearly made (差点意思一下: 差点 as "almost")
                # ...; not quoted (评论里都说"差点意思"，我吃了觉得还不错: others' words)
                r"(?<![“\"「『])(差点|差点儿|差了点|差一点|缺点|少点)意思(?!一下|意思)(?![”\"」』])",
            ),
            negations=_w("怕 担心 以免 免得 如果 要是 不会 不用 都说 听说 据说"),
            note="a service that cannot keep up (服务跟不上) or a mending overdue (要提高质量了): "
            "a complaint",
        ),
        Rule(
            "kind.not-for-humans",
            kind=C,
            weight=4,
            patterns=(
                # the forty-first round: a thing called unfit for people or its makers called mad
                # (不是人住的, 风暴怪是人打的？ 是人能想出来的吗？ 产品经理脑子进水了吗, 设计师
                # 脑子坏掉了, 还要钱补卡再注销？有病啊): contempt in a question or an insult, a
                # complaint however it is asked; not a person's own illness told (我有病, 有病要
                # 看医生: no 啊/吧 after it)
                r"不是人(住|吃|用|待|呆|干|玩|喝)的|"
                r"是人(能|可以|会)?(干|打|玩|吃|用|想|做|住|看|喝|待|呆)[^,。.!?;~]{0,3}?(的|吗|么)"
                r"[^,。.!;~]{0,2}\?|"
                r"(?<![我他她])有病(啊|吧|呀)|脑子(坏掉|坏了|进水|有坑|被驴踢|被门夹)|"
                # the forty-third round: is this how one does business (有这么做生意的吗, 哪有这样
                # 对待客人的, 这是人干的事吗): the firm's conduct called beyond the pale in a
                # question, a complaint however it is asked
                r"这(是|叫)人(干|做|办|说)的(事|话)|"
                r"(有|哪有)(这么|这样)(做生意|服务|办事|对待|当客服|卖东西)的|"
                # (not a good thing marvelled at: 哪有这样的好店)
                r"哪有(这样|这么)(的(?!好|良心|便宜|实惠|划算|贴心)|做|办|对)",
            ),
            negations=("如果", "要是", "假如"),
            note="a thing called unfit for people or its makers called mad (不是人住的, 脑子进水): "
            "a complaint",
        ),
        Rule(
            "kind.expectation-missed",
            kind=C,
            weight=3,
            patterns=(
                # the forty-second round: a good thing expected and not found (本以为京东的水果都
                # 会很新鲜, 原以为这个价钱至少干净, 本来以为简单易学，结果…): the writer tells what
                # the thing should have been, so it fell short, a complaint; not a fear proved
                # wrong (本来以为后盖会很难看，到手发现还不错: no merit expected), nor 还以为, a
                # guess the writer corrects (还以为是网络原因); nor an expectation met, told in
                # the words after it: the merit said again, undenied (本以为会很方便，结果很方便),
                # or the outcome confirmed (事实也确实如此, 果然, 也是如此, 没让我失望, 超出)
                # (the forty-seventh round: also a bare 以为 with 会/能 — 以为会很好吃，其实很普通 —
                # the modal marks the expectation; not 还以为/别以为)
                r"(本以为|原以为|本来以为|原本以为|满以为|本想着|本来想着|(?<![还别])以为(?=会|能))"
                r"[^,。.!?;~]{0,12}?"
                r"(?=[新好不很挺靠正干整舒方划实简容开满专精值物放])(?<!不)(?<!没)(?<!不会)(?<!没有)"
                r"(新鲜|好吃|好用|好看|好玩|不错|很好|挺好|靠谱|正品|干净|整洁|舒服|舒适|方便|划算|"
                r"实惠|简单|容易|开心|满意|专业|精彩|值得|物有所值|放心)"
                r"(?!(?:(?![不没])[^。.!?;~]){0,10}?(结果|事实|实际|也|还|很|挺|非常|特别|真的|蛮|超)"
                r"\2)"
                r"(?![^。.!?;~]{0,16}?(确实|的确|果然|果真|也是如此|也是这样|没让我失望|没有让我失望|"
                r"超出|名不虚传)(?![^。.!?;~]{0,3}?(不(?!错)|没|差|失望|一般)))",
            ),
            negations=("如果", "要是", "假如"),
            # the expectation met or beaten after it is a pleasant surprise (本以为会很方便，果然
            # 很方便; 原以为很好吃，没想到更好吃)
            silencers=(
                r"果然|果真|更好|更棒|超出预期|超出期望|超乎想象|惊喜|没有让我失望|没让我失望",
            ),
            # the merit inside the expectation is not praise of the thing
            overrides=("pr.general", "pr.goods", "pr.service", "pr.fair", "pr.content"),
            note="a good thing expected and not found (本以为会很新鲜): a complaint",
        ),
        Rule(
            "kind.only-can-say",
            kind=C,
            weight=2,
            patterns=(
                # the forty-second round: a verdict given grudgingly (只能说一般, 只能说是正品,
                # 我只能说贪小便宜吃大亏, 只能说实在是平庸): 只能说 puts the least the writer can
                # say for the thing, a faint word that is a complaint; not the opener of a speech
                # (我只能说一句话) nor a defence of the thing (用不明白的只能说不会用), nor 只能说好
                r"只能说(?![,:]*(一句|句|不会|是不会|好|很好|非常|太好|太棒|真好))"
                # ... nor a praise verdict in the clause it opens, past a comma (我只能说，这是我
                # 吃过最好吃的火锅; 只能说完美): the least the writer can say is the best
                r"(?![,:]*(?:(?![不没])[^,。.!?;~]){0,12}?(最(好吃|好喝|好用|好看|棒|美|赞|满意|喜欢|值)|"
                r"很好|太好|太棒|太赞|真棒|非常好|完美|绝了|一流|无可挑剔|佩服))",
            ),
            negations=("不", "如果", "要是", "假如"),
            note="a verdict given grudgingly (只能说一般): a complaint",
        ),
        Rule(
            "kind.fault-onset",
            kind=C,
            weight=3,
            patterns=(
                # the forty-second round: a fault that sets in at once or soon (一玩游戏就开始卡,
                # 一连网就开始闪退, 只用了一片就开始红屁股, 用了没几天就坏了, 后来又开始卡): the
                # fault is told by when it starts, a complaint; not a liking that starts
                # (一上线就开始认真玩: no fault word after 就开始)
                r"(就|又|还|也)开始(卡|闪退|死机|掉|坏|漏|异响|响|发热|发烫|无聊|腻|乱|出问题|出现问题|"
                r"黑屏|白屏|重启|断|失灵|不灵|变形|褪色|掉色|起球|疼|痛|痒|发红|红(肿|疹|屁股))|"
                r"(用了|只用了|才用了?|刚用了?|买了|没用)[^,。.!?;~]{0,6}?"
                r"就(坏|不(能用|好用|行|转|亮|响|灵|制冷|制热)|出(现)?(问题|故障|毛病)|卡|没(电|声|反应))",
            ),
            negations=("如果", "要是", "假如", "怕", "担心", "以免", "免得", "会不会", "是不是"),
            note="a fault that sets in at once or soon (一玩游戏就开始卡, 用了没几天就坏了): a "
            "complaint",
        ),
        Rule(
            "kind.not-even",
            kind=C,
            weight=3,
            patterns=(
                # the forty-second round: not even the least thing (连最基本的功能都做不到, 连个
                # 发票都不给, 这么简单的设置都没有吗？ 那么基本的东西都不能用): the least thing
                # missing tells the failure, a complaint whether said or asked; not a pain or a
                # bother the writer did not even feel (连打麻药都没有感觉, 连…都不知道, 都不用),
                # nor no fault found (连挑剔的老公都没挑出毛病, 都没发现任何问题: praise)
                r"(连(?!续|着|锁|带|接|同|夜|日|连|忙)[^,。.!?;~]{1,10}?|"
                r"(这么|那么|如此)(简单|基本|基础|常用|普通|常见)的[^,。.!?;~]{1,8}?)都"
                r"(?!没有?(感觉|感到|觉得|注意|发现|察觉|听到|想到|必要|问题|毛病))"
                r"(?!没有?[^,。.!?;~]{0,4}?(毛病|问题|缺点|瑕疵|不足|差错|错误|可挑剔))"
                r"(?!不(知道|觉得|用|疼|痛|累|贵|腻|怕|担心|需要|必|算|错|差|影响|会))"
                r"(没有|没|无法|做不到|办不到|搞不定|用不了|打不开|登不上|不)",
            ),
            negations=("如果", "要是", "假如"),
            note="not even the least thing (连最基本的功能都做不到, 这么简单的设置都没有吗): a "
            "complaint",
        ),
        # ---- the forty-third round: praise conceded, staff cold (R-CMP-01) ----------------
        Rule(
            "kind.conceded-merit",
            kind=C,
            # (2: the concession tells a fault is near, the fault's own rule says what it is and
            # names the kind when it weighs more, as a harm does)
            weight=2,
            patterns=(
                # the forty-third round: a merit conceded with 倒是 (图倒是画得很细致, 大鱿鱼倒是
                # 挺大的, 批卡倒是挺赞的, 酒店倒是不错，可惜…, 音乐倒是还不错): the writer grants
                # one thing to set it against the rest, so the text around it finds fault, a
                # complaint; not the writer's own view (我倒是觉得挺好, 我倒是比较看重), nor
                # 反倒是 (the good thing is the point there), nor a merit taken further in the
                # same breath (倒是很方便，而且…, 倒是挺干净，老板也热情: no concession), nor a
                # concession with nothing after it (味道倒是不错。: the merit is all there is)
                r"(?<![我反])(?<!我们)倒是(都|也)?(画得|做得|讲得|写得|长得|来得)?"
                r"(挺|很|还|蛮|非常|真的|真|比较|特别|十分|算|还算|还是|都)?"
                r"(不错|挺好|很好|好吃|好喝|好看|好听|好用|细致|精致|丰富|可口|方便|便宜|实惠|干净|"
                r"清静|漂亮|友好|热情|新鲜|可以|还行|醒目|不贵|舒服|舒适|满意|赞|大|快|准时|嫩)"
                r"(?![^,。.!?;~]{0,3},?(而且|并且|又|还有|(?!就是|但|可|却|不过)[^,。.!?;~]{1,4}也))"
                r"(?=[的了啊呀哦呢吧啦嘛\s,。.!?;~]*[^的了啊呀哦呢吧啦嘛\s,。.!?;~])",
            ),
            negations=("如果", "要是", "假如"),
            note="a merit conceded with 倒是 (图倒是画得很细致): the text around it finds fault, a "
            "complaint",
        ),
        Rule(
            "kind.cold-staff",
            kind=C,
            weight=3,
            patterns=(
                # the forty-third round: staff who would not look at or answer the customer
                # (爱答不理, 不理不睬, 脸很臭, 甩脸色, 给我们脸色看): a cold manner the guide files
                # under service attitude, a complaint however mildly the review puts it; not
                # quoted (朋友说这家店"爱答不理"，我去了发现服务挺好的: others' words)
                r"(?<![“\"「『])(爱答不理|爱搭不理|爱理不理|不理不睬|不搭理|不怎么搭理|不太搭理|"
                r"不爱搭理|不理人|摆臭脸|臭着脸|脸很臭|脸超臭|脸好臭|甩脸色|甩脸子|给脸色看|脸色看)"
                r"(?![”\"」』])",
                # ... and no smile or no face at all (没什么笑脸, 问个事情都没什么表情, 没有一点
                # 笑容); not an emoji (表情包), nor a smile never missing (从来没有不笑的)
                r"没(有)?(什么|啥|一点|半点|一丝|个)?(笑脸|笑容|好脸色|表情)(?!包|符号)",
            ),
            # (not another firm's staff set against this one's: 不会像别家一样爱理不理, 不像
            # 某某航空那样甩脸色, 别家都爱答不理 — the window reaches past the firm's name and
            # its staff; nor denied, 没有爱答不理, nor only expected, 我以为服务员会爱答不理)
            negations=_w(
                "如果 要是 假如 从不 从来不 从来没 不会 绝不 并没 不像 不会像 没有像 哪像 "
                "没有 没 以为 本以为 原以为 还以为 别家 别人家 其他家 别的店"
            ),
            window_chars=12,
            note="staff who would not look at or answer the customer (爱答不理, 没什么笑脸): a "
            "complaint",
        ),
        Rule(
            "kind.imposed",
            kind=C,
            weight=3,
            patterns=(
                # the forty-third round: a thing pressed on the customer against their will
                # (非要让我们去她家喝茶, 五分钟能讲完的非要拖十五分钟, 硬要推荐四人套餐, 偏要
                # 满一百才送, 什么都要VIP): 非要/硬要/偏要 tell the insistence, 什么都要 the
                # toll on every step, a complaint; not the hedge of a reviewer pressed to name a
                # fault (硬要说缺点的话, 非要挑的话), nor a condition (如果非要选一个), nor 非要
                # inside 除非要 (unless), 并非要 / 无非要 (not that), 若非要 (if not)
                r"(?<![除并无若])(非要|硬要|偏要)(?!说|讲|挑|比|选|找)|"
                r"(什么|啥)都要(钱|收费|付费|花钱|充值|会员|vip|登录|注册|实名|授权)",
            ),
            negations=("如果", "要是", "假如", "若是"),
            note="a thing pressed on the customer (非要让我们…, 什么都要VIP): a complaint",
        ),
        Rule(
            "kind.cramped",
            kind=C,
            weight=3,
            patterns=(
                # the forty-third round: a place called cramped, noisy, dim, damp or worn, with a
                # word of degree however mild (贵宾室略显拥挤, 环境有点嘈杂, 夹层空间比较局促, 比较
                # 潮湿, 液晶面板有些老旧了): a fault of the place told politely, a complaint vote;
                # not denied (不拥挤, 没有想象中嘈杂) nor a wish to avoid it (以免拥挤)
                r"(?<![不没])(略显|略|稍显|稍微|稍|有点|有些|比较|很|太|十分|非常|挺|相当|特别|超|好|真)"
                r"(拥挤|嘈杂|局促|逼仄|狭窄|狭小|简陋|昏暗|潮湿|吵闹|闷热|寒酸|陈旧|老旧|破旧)",
            ),
            negations=("不", "没", "没有", "并不", "如果", "要是", "以免", "避免", "免得", "怕"),
            note="a place called cramped, noisy, dim or worn with a word of degree (略显拥挤, 有点"
            "嘈杂): a complaint",
        ),
        Rule(
            "kind.open-to-question",
            kind=C,
            weight=3,
            terms=_w(
                # the forty-third round: a practice called open to question (这种做法值得商榷,
                # 收费方式有待商榷, 值得考问, 值得怀疑, 值得警惕): a polite word of criticism, a
                # complaint; the 值得 in it is no merit (not 值得一提, 值得一试, 值得反思 — a
                # film's praise)
                "值得商榷 有待商榷 值得考问 值得怀疑 值得质疑 值得警惕"
            ),
            negations=("不", "没什么", "没有什么"),
            overrides=("pr.goods", "pr.general"),
            note="a practice called open to question (值得商榷, 值得怀疑): a complaint",
        ),
        # ---- the forty-fourth round: harm done to the customer's things, a charge on top,
        # a regret (R-CMP-01) --------------------------------------------------------------
        Rule(
            "kind.passive-harm",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fourth round: the customer's thing lost, broken or taken by someone
                # else, told in the passive (存折被柜员搞丢了, 行李被弄掉一个轮子, 钱被平台给骗了,
                # 箱子被摔坏了): a harm the customer suffered at another's hands, a complaint
                # whatever form the rest of the text takes; not the customer's own doing (被我
                # 摔坏了, 被孩子弄丢了: nothing to handle, or help asked), nor a fear or a harm
                # denied (万一被弄丢怎么办, 没有被压坏 — the negations)
                r"被(?!我|自己|孩子|小孩|宝宝|儿子|女儿|猫|狗)[^,。.!?;~]{0,8}?给?"
                r"(弄丢|搞丢|丢了|弄坏|搞坏|摔坏|弄掉|弄断|弄破|弄脏|弄错|搞错|刮花|划花|刮伤|划伤|压坏|"
                r"压扁|压碎|摔碎|砸坏|磕坏|偷了|偷走|骗了|骗走|多扣|乱扣|扣走)"
                # not a harm asked about in its own clause (箱子被压扁了吗？)
                r"(?![^,。.!?;~]{0,6}(吗|么|\?))",
            ),
            negations=(*NEGATIONS, *_w("如果 万一 要是 假如 怕 担心 以免 防止 免得 以为 差点")),
            window_chars=10,
            # a harm put right (被服务员弄错了菜，后来换了，态度很好; 钱包被偷了，警察帮我找回
            # 来了): the labelling guide's remedied fault, the rest of the text decides
            silencers=(
                r"(?<![没不未])(后来|随后|马上|立刻|立马|随即|当场|及时|很快|主动|帮我|给我)"
                r"[^,。.!?;~没不未]{0,4}?(换了|换好|补了|补发了|退了|修好|找回|赔了|重做|重新做|重新送)",
            ),
            note="the customer's thing lost or broken by someone else, told in the passive "
            "(存折被柜员搞丢了): a complaint",
        ),
        Rule(
            "kind.charged-anyway",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fourth round: a charge on top, said in indignation (补办还要收费？,
                # 居然还要收运费, 竟然要我们自己出钱): a rhetorical question or 居然/竟然 tells the
                # fee is a grievance, not asked about; not a plain question of fees (补办还要收费
                # 吗？, 请问还要交钱吗 — a consultation) nor a fee told calmly (还要交十块钱押金。)
                r"(居然|竟然)(还)?(要|得|收|让我们?|要我们?)?(再)?(另外|自己)?(收费|收钱|交钱|付钱|付费|"
                r"交费|掏钱|出钱|给钱|花钱|扣钱|手续费|工本费|服务费|运费|出运费|付运费|收运费|收手续费|"
                r"收工本费|收服务费|加钱|补差价)",
                r"还(要|得|收|让我们?|要我们?)(再)?(另外|自己)?(收费|收钱|交钱|付钱|付费|交费|掏钱|出钱|"
                r"给钱|花钱|扣钱|手续费|工本费|服务费|运费|出运费|付运费|收运费|收手续费|收工本费|收服务费|"
                r"加钱|补差价)(了|啊|呀)?[?!]",
            ),
            negations=_w("请问 想问 问一下 问下 是否 是不是 需不需要 要不要 如果"),
            window_chars=12,
            note="a charge on top said in indignation (补办还要收费？, 居然还要收运费): a "
            "complaint",
        ),
        Rule(
            "kind.regret",
            kind=C,
            weight=3,
            patterns=(
                # the forty-fourth round: a regret with a word of degree or of feeling (有点小小
                # 的遗憾, 缺失有点遗憾, 让人感到遗憾, 令人遗憾): a shortfall the writer minds, said
                # politely, a complaint vote; not a regret denied or absent (没有遗憾, 不留遗憾,
                # 毫无遗憾), nor the firm's own apology in a reply (我们深感遗憾, 对此表示遗憾)
                r"(?<![不没无])(有点|有些|小小的|一点|略有|稍有|略|挺|很|非常|太|真|好|令人|让人|"
                r"让人感到|让人觉得|感到|觉得|感觉)遗憾",
                # ... and a standard let slip (后期确实有失水准, 这次失了水准)
                r"有失水准|失了水准|水准下降|水平下降",
            ),
            negations=("没有", "没", "不会", "不留", "毫无", "如果", "要是", "深感", "表示"),
            # (the writer's own circumstance regretted: 很遗憾这次没时间去，下次一定再来)
            silencers=(r"没时间|没空|没能去|去不了|来不了|下次(一定|再|还)",),
            note="a regret with a word of degree (有点小小的遗憾, 令人遗憾) or a standard let slip "
            "(有失水准): a complaint",
        ),
        Rule(
            "kind.praise-for-another",
            kind=C,
            weight=2,
            patterns=(
                # the forty-fourth round: the stars given to someone else than the thing reviewed
                # (五星是给快递小哥的, 好评只是给客服的, 这颗星是施舍给你们的, 这个好评不是给你们
                # 公司的): the writer says the thing itself did not earn them, a complaint
                # whatever the star. Said with 只/全/纯粹/完全, 不是 or 施舍, any receiver ...
                r"(五星|五颗星|5星|好评|五分|满分|这颗星|这一星|一颗星|这一颗星|这个好评|星星)(也|都)?"
                r"((只|全|纯粹|完全|仅仅?)是(施舍)?|不是(施舍)?|是施舍)(给|冲着|看在|留给)"
                r"(?!我(自己)?的|自己)[^,。.!?;~]{1,12}的",
                # ... and with a bare 是 a third party only, the courier or the rider who
                # brought it (五星是给外卖小哥的), or the shills (五星都是给托儿的); not the
                # shop's own staff or the shop (这个好评是给你们客服小李的, 五星是给你们店的 —
                # the service reviewed, praise), nor the writer (五星是给我自己的)
                r"(五星|五颗星|5星|好评|五分|满分|这颗星|这一星|一颗星|这一颗星|这个好评|星星)(也|都)?"
                r"是(给|冲着|看在|留给)(?!我(自己)?的|自己)[^,。.!?;~]{0,6}?(快递|小哥|骑手|物流|配送|外卖员|"
                r"送餐员|送货员|司机|邮递员|跑腿|托儿|水军|刷单|刷手)[^,。.!?;~]{0,6}?的",
            ),
            negations=("如果", "要是", "假如"),
            overrides=("pr.general",),
            note="the stars given to someone else than the thing reviewed (五星是给快递小哥的): a "
            "complaint",
        ),
        Rule(
            "kind.made-me-suffer",
            kind=C,
            weight=3,
            patterns=(
                # the forty-fourth round: what the thing did to the customer, told with 把 or 被
                # (讲的真快，把我讲迷了, 被剧本绕晕了, 把人搞糊涂了, 把我们冻醒了): a harm or a
                # muddle the customer suffered, a complaint; not laughter or being moved (把我
                # 笑死了, 被感动哭了 — praise), nor a fear (怕把我绕晕)
                r"(把|将)(我|我们|人|俺|大家)(都|给)?(讲|搞|弄|绕|整|说|折腾|气|坑|害|饿|冻|热|吵|熏|逼|"
                r"晃|颠)(得)?(迷|晕|懵|蒙|糊涂|崩溃|醒|惨|疯|吐|坏)",
                r"被[^,。.!?;~]{0,8}?(绕晕|搞晕|弄晕|讲晕|绕懵|搞懵|整懵|搞糊涂|绕糊涂|气死|气疯|坑惨|害惨|"
                r"吵醒|冻醒|热醒|熏死|熏晕|颠吐|晃晕)",
            ),
            negations=("如果", "要是", "假如", "怕", "担心", "没有", "没", "不会", "免得", "以免"),
            window_chars=8,
            note="a harm or a muddle the thing caused the customer (把我讲迷了, 被绕晕了): a "
            "complaint",
        ),
        Rule(
            "kind.nothing-worth",
            kind=C,
            weight=3,
            patterns=(
                # the forty-fourth round: nothing worth having there (觉得没什么想吃的想买的, 没啥
                # 可玩的, 没有什么值得看的): a place or a thing with nothing to offer, a lukewarm
                # verdict the guide reads as a complaint; not 没什么好说的 / 没什么可挑剔的 (no
                # fault to find: praise)
                r"没(有)?(什么|啥)(想|可|可以|值得)(吃|买|玩|看|逛|听|喝)的",
            ),
            negations=("如果", "要是", "假如"),
            note="nothing worth having (没什么想吃的想买的, 没啥可玩的): a complaint",
        ),
        Rule(
            "kind.stop-messing",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fourth round: told to stop making things worse (别瞎更新了, 别再乱改了,
                # 不要乱扣费): the writer suffers from what the firm keeps doing, a complaint; not
                # a warning to oneself or others on how to use a thing (别乱放, 不要乱吃药 — the
                # verbs of firms' doing only)
                r"(别|不要|少)(再)?(瞎|乱)(几把|鸡儿|jb)?(更新|改|搞|折腾|收费|收钱|扣|扣费|扣钱|推送|发|"
                r"弄|升级)",
            ),
            negations=("如果", "要是", "假如"),
            note="told to stop making things worse (别瞎更新了): a complaint",
        ),
        Rule(
            "kind.credit-refused",
            kind=C,
            weight=3,
            terms=_w(
                # the forty-fourth round: credit refused at once or again and again (一直秒拒,
                # 隔天拒, 又被拒批): the writer's applications fail, a complaint
                "秒拒 秒批拒 隔天拒 拒批 拒贷 又被拒 一直被拒 总是被拒 又拒了"
            ),
            negations=("如果", "要是", "假如", "会不会", "怎么避免", "以免", "担心", "怕"),
            # (not the lender's speed told as such: 秒批秒拒, a fast answer either way)
            silencers=("秒批秒拒|秒批或秒拒|秒批或者秒拒",),
            note="credit refused at once or again (一直秒拒): a complaint",
        ),
        Rule(
            "kind.why-so-bad",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fourth round: a fault asked about as a why (为什么退款这么慢？, 为什么
                # 申请要那么长时间？, 咋这么难用, 怎么那么麻烦): the question is the grievance's
                # form, a complaint (the guide's questions that carry a problem); not a merit asked
                # about (为什么这么好吃？, 怎么这么快就到了 — no fault word), nor 这么小巧
                r"(为什么|为啥|为何|怎么|咋|凭什么|干嘛|干吗)[^,。.!?;~不没]{0,12}?(要|会)?(这么|那么|这样|如此)"
                r"(慢|久|长时间|麻烦|难用|难吃|难喝|难找|难订|难打|难(?![得忘怪道])|卡|差|少(?![见有人])|烂|"
                r"复杂|繁琐|费劲|吵|脏|乱|晚(?!还)|迟|难看|难听|不靠谱|不稳定|不耐用)(?![心巧])",
            ),
            negations=("如果", "要是", "假如", "不", "没"),
            # (a merit in the clause: 为什么这么晚还在营业，太贴心了)
            silencers=(r"贴心|太好了|真好|好评|点赞|感谢|谢谢",),
            window_chars=6,
            note="a fault asked about as a why (为什么退款这么慢？): a complaint",
        ),
        Rule(
            "kind.stop-it-asked",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fourth round: asked to stop a thing that keeps happening (能不能不要给我
                # 总匹配到刺客？, 可不可以别老是推送广告？, 能不能别每次都要验证): the 总/老是/每次
                # tells the writer suffers it again and again, a complaint in a question's form; not
                # an order's wish (能不能不要香菜？: no again)
                r"(能不能|能否|可不可以|可以不|就不能)(不要|别|不)(再)?[^,。.!?;~]{0,6}?"
                r"(总|总是|老(?![师板人家公婆乡])|老是|每次|一直|天天|动不动)",
            ),
            negations=("如果", "要是", "假如"),
            overrides=("kind.wish",),
            note="asked to stop a thing that keeps happening (能不能别老是推送广告？): a complaint",
        ),
        Rule(
            "kind.little-use",
            kind=C,
            weight=3,
            patterns=(
                # the forty-fourth round: a thing called of little use (指导意义不是很大, 用处不大,
                # 效果甚微, 帮助有限): the writer did not get what the thing was for, a lukewarm
                # verdict the guide reads as a complaint; not a harm called small (副作用不大,
                # 影响不大 — good news)
                r"(?<!副)(意义|用处|作用|帮助|效果|价值|用途)(不是很大|不是太大|不太大|不怎么大|不大|"
                r"很小|太小|有限|甚微|几乎没有|不明显|微乎其微)",
            ),
            negations=("如果", "要是", "假如", "并非", "不是说"),
            note="a thing called of little use (用处不大, 指导意义不是很大): a complaint",
        ),
        # ---- the forty-fifth round: a promise belied, a fault laid at the firm's door ------
        # (R-CMP-01) ----------------------------------------------------------------------
        Rule(
            "kind.promise-belied",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fifth round: what the firm promised or advertised, belied by what
                # followed (号称办事更方便了，结果跑了三趟; 说好的三天发货，结果一周了还没发; 宣传
                # 全新正品，其实是翻新的，根本不是新的; 客服承诺当天退款，却到现在都没退): the
                # promise is the yardstick the writer holds the firm to, a complaint; the outcome
                # must deny it (不, 没, 未, 仍, 根本, 失败) or tell the tries wasted (跑了三趟,
                # 打了好几次);
                # not an outcome that beats it (说好三天到，结果不到两天就到了, 结果没想到这么
                # 好), nor a hearsay or the writer's own guess (据说, 以为: the firm said nothing)
                r"(号称|宣传|宣称|声称|承诺|说好|(客服|商家|店家|卖家|销售|工作人员|官方|广告|师傅)"
                r"(说|讲|承诺|保证|答应))[^。.!?;~]{0,16}?(结果|其实|实际上|事实上|哪知|谁知|却|反而|"
                r"到头来)[^。.!?;~]{0,12}?(不(?!错|到|久|用|仅|但|光|少|愧|虚)|没(?!想到|问题|毛病|让我失望)|"
                r"未|仍|根本|失败|(跑|去|打|问|找|催|来|寄)了?[0-9一二两三四五六七八九十几好多]+(趟|遍|次|回))"
                # (the denied verb kept in the quote: 却到现在都没退, 结果还没发货)
                r"[^,。.!?;~]{0,2}",
            ),
            negations=("如果", "要是", "假如", "万一", "希望", "但愿"),
            window_chars=8,
            # the promise kept after all (结果还是按时送到了; 后来也退了): no grievance left
            silencers=(
                r"(后来|最后|最终|还是)[^,。.!?;~没不未]{0,4}?(按时|准时|兑现|退了|补了|送到了)",
            ),
            note="a promise or an advertisement of the firm belied by what followed (号称更方便，"
            "结果跑了三趟): a complaint",
        ),
        Rule(
            "kind.blame-on-firm",
            kind=C,
            weight=6,
            patterns=(
                # the forty-fifth round: the fault laid at the firm's door (都怪你们系统出错, 这是
                # 你们的问题, 全是平台的责任, 是你们搞错了): a grievance even beside a question
                # (能不能快点处理？都怪你们客服 — the labelling guide: a text that blames the
                # company for a fault is a complaint when it also asks something); not a blame
                # denied (不怪你们, 不是你们的问题), nor asked (是你们的问题吗？, 是你们的问题
                # 还是我手机的问题 — a question)
                r"(都|全|只能)?怪(你们|贵公司|贵司|商家|店家|卖家|平台|银行|快递|物业|客服|系统)",
                r"(是|都是|全是)(你们|贵公司|贵司|商家|店家|卖家|平台|银行|快递公司|物业)(自己)?的?"
                r"(错|问题|责任|失误|过错|疏忽|过失)",
                r"(你们|贵公司|贵司)(的)?(系统|后台|程序|工作人员|员工)?(出错|搞错|弄错|发错|算错|扣错|"
                r"填错|录错|失误)",
            ),
            negations=_w("不 没 别 不能 不要 如果 要是 假如 万一 难怪 是不是"),
            # (nor a joke that blames the firm's excellence: 都怪你们太好吃了，我又胖了)
            negations_after=(
                *_w("吗 么 嘛 ? 还是 太好吃 太好喝 太好用 太好玩 太好看 太香 太棒 太美味 太贴心"),
                *_w("太优秀 太用心 做得太好"),
            ),
            window_chars=6,
            note="a fault laid at the firm's door (都怪你们系统出错, 是你们的问题): a complaint, "
            "even beside a question",
        ),
        Rule(
            "kind.long-wait",
            kind=C,
            weight=5,
            patterns=(
                # the forty-fifth round: a wait or a fault that has lasted days, months or years,
                # told with 已经/都/足足 (已经等了半个月了, 路灯都坏了三个月了, 都停工两年了,
                # 已经反映了好几个月了): the time the writer has suffered is the grievance, a
                # complaint even beside a question of when (什么时候能修好？已经坏了三个月了 — the
                # labelling guide: a question that reports a problem takes the problem's kind);
                # not a thing used or owned that long (已经用了两年了: no wait), nor a wait in
                # hours (``kind.time-lost``)
                r"(已经|都|足足|整整)(等|拖|坏|停|催|报修|反映|投诉|申请|提交|断|停工|修|"
                r"过去|没人管|没修|没到|没发|没退|没回复)(了)?(快|近|将近|足足|整整|有|超过)?"
                r"([0-9]+|[一二两三四五六七八九十几半好多]+)个?多?(天|周|星期|礼拜|月|年)(多|之久)?了",
            ),
            negations=("如果", "要是", "假如", "万一", "不会", "以免", "免得"),
            window_chars=6,
            # a wait that ended well (终于收到了, 总算批下来了, 很满意, 谢谢客服): no grievance left
            silencers=(r"终于|总算|满意|谢谢|感谢|多谢",),
            # (the same words are not counted twice as a wait: util.waited)
            overrides=("util.waited",),
            note="a wait or a fault lasting days or more, told with 已经 (已经等了半个月了, 都坏了"
            "三个月了): a complaint, even beside a question of when",
        ),
        Rule(
            "kind.too-soon",
            kind=C,
            weight=4,
            patterns=(
                # the forty-fifth round: a loss or a fault come too soon, told with 才…就 (流量
                # 才一天就快用完了么？, 买了才一个月屏幕就花了？, 才两周就涨价了): the shortness
                # is the grievance, a complaint whether said or asked; not a good thing come soon
                # (才两天就到了, 才三天就好了, 才一周就不疼了 — no loss or fault word after 就)
                r"才[^,。.!?;~0-9一二两三四五六七八九十几半]{0,3}?([0-9]+|[一二两三四五六七八九十几半]+)"
                r"个?多?(天|周|星期|礼拜|月|年|小时)[^,。.!?;~]{0,6}?就(快|已经|又|全)?"
                r"(用完|用光|没了|没电|没信号|坏|降价|降了|涨价|涨了|过期|欠费|扣了|花了屏|花屏|屏幕花|"
                r"掉漆|掉色|褪色|起球|开线|开胶|断了|裂了|漏|卡顿|卡死|卡住|死机|黑屏|失灵|生锈|发霉|变形|不能用|"
                r"不好用|不行了|不亮|不转|不制冷|不制热|出问题|出故障|出毛病)",
            ),
            negations=_w("如果 要是 假如 万一 怕 担心 以免 免得 会不会 是不是"),
            window_chars=8,
            note="a loss or a fault come too soon, told with 才…就 (才一天就快用完了, 才两周就"
            "涨价了): a complaint, said or asked",
        ),
        Rule(
            "rq.repair-wait",
            category=Category.REPAIR_QUALITY,
            weight=3,
            patterns=(
                # the forty-fifth round: a repair asked for and waited on for days (报修已经等了半个
                # 月了, 维修都拖了一个月了): the repair not done, the repair's (labelling guide:
                # "an installation or repair not done → repair_quality"), not a late delivery
                r"(报修|维修|修理|报障)[^,。.!?;~]{0,6}?(已经|都|足足|整整)(等|拖)了?(快|近|将近|有|超过)?"
                r"([0-9]+|[一二两三四五六七八九十几半好多]+)个?多?(天|周|星期|礼拜|月|年)",
            ),
            negations=NEGATIONS,
            note="a repair asked for and waited on for days (报修已经等了半个月了): the repair's",
        ),
        Rule(
            "pq.system-error",
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                # the forty-fifth round: the firm's system blamed for an error (都怪你们系统出错,
                # 平台系统出故障了): the app's or the system's fault, the product (labelling guide:
                # "an app's faults → product_quality"), whatever it lost (积分, 订单)
                r"(你们|贵公司|贵司|平台|银行|商家)的?(系统|后台|程序)(出错|出了?故障|故障|崩了|崩溃|"
                r"出bug|有bug)",
            ),
            negations=NEGATIONS,
            note="the firm's system blamed for an error (你们系统出错): the product",
        ),
        # ---- the forty-sixth round: complaint kind cues ----------------------------------
        Rule(
            "kind.unfair-practice",
            kind=C,
            weight=5,
            terms=_w(
                # the forty-sixth round: an unfair practice of the firm named (这属于捆绑销售吧,
                # 强制搭售保险, 霸王条款, 强买强卖): by the labelling guide a text that names an
                # unfair practice of the firm is a complaint, even when it asks whether the
                # practice is allowed (这算是霸王条款吗？); not one denied (不是捆绑销售, 没有
                # 搭售), forbidden or asked about in general (禁止搭售, 请问有没有捆绑)
                "霸王条款 捆绑销售 捆绑收费 强制捆绑 捆绑消费 强制搭售 搭售 强买强卖 强制消费"
            ),
            patterns=(
                # ... and a demand that the firm keep its contract or its promise (我要求按合同
                # 执行, 请按照协议履行, 要求兑现承诺): the writer holds the firm to its word, a
                # complaint
                r"(要求|请|必须|务必)(你们|贵公司|贵司|商家|店家|卖家|平台|银行|销售|4s店)?"
                r"(按|按照|依照|依)(合同|协议|约定|承诺)(执行|履行|办理|办|来)",
                r"(要求|请|必须|务必)(你们|贵公司|贵司|商家|店家|卖家|平台|银行|销售|4s店)?"
                r"(兑现|履行|遵守)(承诺|合同|协议|约定|诺言)",
            ),
            negations=_w(
                "不是 并非 不算 没有 没 无 不存在 不会 如果 要是 假如 万一 禁止 严禁 杜绝 防止 "
                "不得 不允许 从不 从来不 不搞 拒绝"
            ),
            window_chars=6,
            # asked about in general (请问办宽带有没有捆绑销售？, 这算不算霸王条款？): a question,
            # unless another complaint vote fires (这算是霸王条款吗？强制收了我五百块)
            question_frames=(
                r"请问|想问|咨询|有没有|算不算|是不是|属不属于|是否|吗|么(?=$|[?？])",
            ),
            note="an unfair practice of the firm named (捆绑销售, 霸王条款) or a demand that the "
            "firm keep its contract (我要求按合同执行): a complaint",
        ),
        Rule(
            "kind.some-spoiled",
            kind=C,
            weight=5,
            patterns=(
                # the forty-sixth round: some of the goods arrived spoilt or damaged, counted
                # (有几个是烂的, 还有两个有点坏, 其中一个碰伤了, 有好几个都发霉了): the damage
                # is the grievance whatever the writer praises beside it (个头挺大，有几个烂
                # 的), a complaint; not one denied (没有一个坏的, 一个都没坏: no match), supposed
                # (如果有一个坏了), nor the damage mended by the firm (客服积极解决了)
                r"(?<![没不])(有|还有|其中)好?([0-9]+|[一两二三四五六七八九十几]+)(个|颗|只|袋|盒|根|片|粒|块|"
                r"瓶|包|枚|箱|串|件)[^,。.!?;~]{0,5}?(坏|烂|碰伤|压伤|撞伤|磕碰|破了|破损|裂|发霉|长毛|"
                r"变质|漏(?!斗|勺|洞)|瘪|碎(?!片|末|屑|肉|花))",
            ),
            negations=_w(
                "没 没有 不 无 如果 要是 假如 万一 怕 担心 以免 免得 会不会 是不是 有没有"
            ),
            window_chars=4,
            # the damage made good by the firm (客服积极解决啦, 已经补发了): no grievance left
            silencers=(r"(?<![没不未有])(已经|已|积极|及时|马上|很快)(解决|处理好|补发|退款|赔)",),
            note="some of the goods arrived spoilt or damaged, counted (有几个是烂的): a complaint",
        ),
        Rule(
            "kind.never-came",
            kind=C,
            weight=5,
            patterns=(
                # the forty-sixth round: a thing awaited that never came, told with 直到/始终/到最后
                # (直到下飞机都没拿到, 到最后也没上, 始终没有人来修, 直至今日都未回复): what the
                # writer went without is the grievance, a complaint even when it closes with a
                # polite wish (希望下次可以改进 — the labelling guide: a problem told and closed
                # with a call to put it right is a complaint); not a trouble that never came
                # (到最后都没出过问题, 始终没有让我失望: no such verb), nor one supposed (如果到
                # 最后还没收到)
                r"(直到|直至|一直到|到最后|到头来|始终|自始至终)[^,。.!?;~]{0,8}?(都|也|还|仍|仍然|依然)?"
                r"(没有?|未|不见)(人|有人)?(来)?(拿到|收到|等到|见到|上菜|上来|上|送来|送到|给我|到账|"
                r"回复|回应|答复|解决|处理|安装|修|退|联系|更新|兑现|发货|发)",
            ),
            negations=_w("如果 要是 假如 万一 怕 担心 以免 免得 会不会 是不是"),
            window_chars=12,
            # the lack made good after all (经理也来道歉了, 后来补上了, 问题解决了): no grievance
            silencers=(r"道歉|补上了|补发了|已经解决|终于|总算|(?<![没不未])解决了|满意",),
            note="a thing awaited that never came (直到下飞机都没拿到): a complaint, even "
            "closed with a polite wish",
        ),
        # the forty-seventh round: complaints told as an attempt that came to nothing, as
        # bitter sarcasm, and as a verdict in a set phrase
        Rule(
            "kind.came-to-nothing",
            kind=C,
            weight=4,
            patterns=(
                # the forty-seventh round: what the writer tried came to nothing (联系店铺未果,
                # 多次协商无果, 找了客服也没结果, 反映了几次都没下文): the firm's silence or refusal
                # is the grievance; not a result awaited in a question (有没有结果？, 协商没结果
                # 怎么办 — a consultation's frame still reads it), nor a search of the writer's
                # own (搜了半天没结果: no contact verb before it)
                r"(联系|协商|沟通|交涉|投诉|维权|催|讨要|讨债|要债|反映|反馈|申请|找了?|问了?|致电|"
                r"打了?电话|留言|私信)[^,。.!?;~]{0,8}?(无果|未果|没结果|没有结果|没下文|没有下文|"
                r"没了下文|石沉大海)(?![^,。.!?;~]{0,6}(吗|么|\?|怎么办))",
            ),
            negations=_w("如果 要是 假如 万一 怕 担心 以免 免得"),
            note="an attempt that came to nothing (联系未果, 协商无果, 找了也没结果): a complaint",
        ),
        Rule(
            "kind.sarcasm",
            kind=C,
            weight=4,
            patterns=(
                # the forty-seventh round: bitter sarcasm about the firm's service, speed or
                # handling (这服务真是没谁了, 效率也是没谁了, 真有你们的, 真服了你们): said of how
                # the customer was treated it is a grievance; not 没谁了 said of looks, taste or
                # skill (颜值也是没谁了, 这手艺真是没谁了: no such subject), nor said of one in
                # praise (服务也是没谁了，太贴心了 — silenced by the praise beside it)
                r"(服务|态度|效率|速度|售后|客服|物流|快递|操作|处理|办事|管理|素质)[^,。.!?;~]{0,6}?"
                r"(也|真|真的|实在|简直)?是?没谁了",
                r"真有你们的|真服了你们|服了你们了|你们可真行|你们真行|你们也真行",
            ),
            silencers=(
                r"贴心|周到|耐心|热情|感动|点赞|好评|赞|棒|佩服|给力|厉害|专业|及时|神速|满意",
            ),
            note="bitter sarcasm about how the customer was treated (服务真是没谁了, 真有你们的)",
        ),
        Rule(
            "kind.spoils-use",
            kind=C,
            weight=3,
            patterns=(
                # the forty-seventh round: a fault told by what it spoils for the writer (挺影响
                # 体验的, 已经影响到了我的使用, 吵得影响睡眠, 严重影响正常生活): the harm done to
                # the customer's use or rest is the grievance; not one denied (不影响使用, 没有
                # 影响到游戏体验: negated), feared (怕影响睡眠, 以免影响使用) or asked about
                # (影响使用吗？)
                r"影响(到|了)?(了)?(我|我们|我的|我们的|居民|用户|玩家|市民|业主|正常)?(的)?(正常)?"
                r"(体验|使用|心情|睡眠|休息|生活|工作|经营|出行|游戏体验|游戏环境|观感|食欲|胃口)"
                r"(?![^,。.!?;~]{0,6}(吗|么|\?))",
            ),
            negations=_w(
                "不 没 没有 并不 并没有 不会 不至于 会不会 是否 怕 担心 以免 免得 避免 防止 "
                "如果 要是 万一 "
                # (nor one softened to a shortcoming in passing, 看上去有点影响心情: a warm
                # review's minor point, praise by the labelling guide's third rule)
                "有点 有些 有一点 稍微 稍 略 略微 一点"
            ),
            window_chars=6,
            note="a fault told by what it spoils for the writer (挺影响体验的, 影响睡眠): a "
            "complaint",
        ),
        # the forty-eighth round: a visit promised that never came, a contact repeated without
        # a fix, a repair done again and again, a harm and who pays for it
        Rule(
            "kind.no-show",
            kind=C,
            weight=4,
            patterns=(
                # the forty-eighth round: the engineer or fitter who did not come (还是没人上门,
                # 说好的今天上门结果没来, 师傅放了我鸽子, 约好了又爽约): the visit missed is the
                # grievance, also told with a question after it (还是没人上门，怎么办？ — a
                # question that carries the problem); not a visit asked about (能上门吗？, 不上门
                # 的话怎么办) nor one supposed (如果没人上门)
                r"(没有?人|无人|没人来|没有?派人)(来)?上门|(没|没有|未|还没|还没有|迟迟不|迟迟没)上门"
                r"(?![^,。.!?;~]{0,6}(吗|么|\?|的话))|"
                r"(放|被放了?)(了)?(我|我们)?(的)?鸽子|爽约",
                # in English, normalised without spaces (the engineer didn't show up twice,
                # nobody showed up, never turned up); not asked (what if he doesn't show up?)
                r"(didn'?t|didnot|didn’t|never|hasn'?t|hasn’t|haven'?t|haven’t)(show|showed|turn|"
                r"turned)up|(nobody|noone|no-one)(ever|has|had|even)?(showed|shown|turned)up",
            ),
            # (nor a promise of none: 从不放鸽子, 不会爽约)
            negations=_w(
                "如果 要是 假如 万一 怕 担心 以免 免得 从不 从没 从来不 从来没 不会 绝不 if what"
            ),
            window_chars=8,
            note="a visit promised that never came (还是没人上门, 放鸽子, didn't show up): a "
            "complaint",
        ),
        Rule(
            "kind.contact-again",
            kind=C,
            weight=3,
            patterns=(
                # the forty-eighth round: the writer's second or third call about one matter
                # (这是我第二次打400了, 第三次打电话了, 已经第四次来反映): a contact repeated is a
                # matter not put right; not a second visit or purchase (第二次来这家店, 第二次
                # 购买 — no contact verb), a question asked twice (第二次问了，怎么开发票 — 问
                # left out), nor a question of how to call (第二次打电话要收费吗？)
                r"第([二三四五六七八九十几]|[2-9]|好几)次(打|拨打|致电|来电|联系|反映|反馈|投诉|催|跑)"
                r"(?![^,。.!?;~]{0,8}(吗|么|\?))",
            ),
            negations=_w("如果 要是 假如 万一"),
            window_chars=6,
            note="a contact repeated about one matter (这是我第二次打400了): a complaint",
        ),
        Rule(
            "kind.repaired-again",
            kind=C,
            weight=4,
            patterns=(
                # the forty-eighth round: a thing repaired or broken again and again (买了半年修了
                # 四次, 已经返修三次, 一个月坏了两回): the repeated failure is the grievance,
                # whatever praise wraps it (真是好品牌啊…给你们点个赞 — sarcasm); not one repair
                # (修了一次就好了), nor a count supposed (如果修了三次还不好)
                r"(修|返修|维修|返厂|坏|送修)(了|过)?([两三四五六七八九十几]|[2-9]|好几|无数|n)(次|回|趟)",
            ),
            # (nor a warranty's terms: 保修期内可免费维修两次, 三包规定修两次不好可换)
            negations=_w("如果 要是 假如 万一 怕 担心 超过 三包 规定 保修 免费 可以 可 最多"),
            window_chars=8,
            note="a thing repaired again and again (修了四次, 返修三次): a complaint",
        ),
        Rule(
            "kind.harm-who-pays",
            kind=C,
            weight=4,
            patterns=(
                # the forty-eighth round: who pays for a harm done (医药费谁出？, 损失谁来承担,
                # 这笔医疗费该谁负责): asked after an injury or a loss, the question is the
                # writer's claim, a complaint; not who pays for an ordinary cost (退货运费谁出？
                # — no harm named, a consultation)
                r"(医药费|医疗费|治疗费|看病的钱|损失|误工费)(该|应该|由|要|到底)?(由)?谁(来)?"
                r"(出|付|承担|负责|赔|报销|买单)",
            ),
            negations=_w("如果 要是 假如 万一"),
            window_chars=10,
            note="who pays for a harm done (医药费谁出？): a complaint",
        ),
        Rule(
            "kind.promise-overdue",
            kind=C,
            weight=6,
            patterns=(
                # the forty-eighth round: a word given by the firm or the office, recalled and
                # asked after (领导和我说马上办，请问办了没有？, 之前承诺过给小区装电梯，何时安装？,
                # 客服说今天发货，到现在还没动静): the promise overdue is the grievance, a
                # question in form only; not a policy asked about (你们承诺七天无理由退货，怎么
                # 申请？ — no time promised, no 之前), nor a promise kept (说马上办，果然很快就
                # 办好了)
                r"(承诺|答应|保证|说|表示)过?[^。.!?;]{0,4}?(马上|尽快|立刻|立即|很快|近期|今天|"
                r"明天|后天|下周|这周|本周|月底|年底)[^。.!?;]{0,10}?(?=[办弄修怎为到至迟还])"
                r"(办了没有|办了吗|弄了没有|修了没有|怎么还|为什么还|到现在|至今|迟迟|"
                r"还没有?(办|修|来|发|弄|处理|解决|动静|消息|回复|回音|完成|做完|施工|安装|装|退|"
                r"上门|到账|收到))",
                r"(之前|以前|当初|去年|前年|早就|早已)[^,。.!?;]{0,6}?(承诺|答应|保证)过?[^。.!?;]{0,18}?"
                r"(?=[何什啥怎为至到迟])(何时|什么时候|啥时候|怎么还|为什么还|至今|到现在|迟迟)",
            ),
            negations=_w("如果 要是 假如 万一"),
            window_chars=8,
            silencers=(r"果然|已经办好|已经解决|已解决|办好了|按时|准时|兑现了",),
            note="a promise recalled and asked after (说马上办，办了没有？): a complaint",
        ),
        Rule(
            "kind.beset",
            kind=C,
            weight=3,
            patterns=(
                # the forty-eighth round: a use beset with trouble, in the set phrase (使用起来阻碍
                # 重重, 系统问题重重, bug重重, 毛病百出): the writer's verdict on the thing; not a
                # hardship of the writer's own told in passing (创业困难重重 — 困难 left out)
                r"(阻碍|障碍|问题|bug|毛病|故障|隐患|漏洞|关卡|限制)重重|(毛病|问题|bug|故障|状况)百出",
            ),
            negations=_w("不 没 没有 并非 并不 如果 要是 担心 怕"),
            window_chars=6,
            note="a use beset with trouble (阻碍重重, 问题百出): a complaint",
        ),
        # the forty-ninth round: a routine action asked of the desk, nothing wrong reported
        Rule(
            "kind.errand",
            kind=N,
            # (held against the return or cancellation words a request carries: rx.demand's 6
            # and rx.mention's 3)
            weight=10,
            patterns=(
                # the forty-ninth round: a chat turn asking the desk to cancel, refund or
                # unsubscribe, with nothing wrong reported and nothing asked (申请了 麻烦退款,
                # 我已经申请退款了，麻烦你帮我退一下, 好的帮我取消吧, 不小心开通了会员 申请退订,
                # 那就拆分发货吧): the labelling guide's requests in a chat are nothing to handle;
                # not a question (可以取消订单吗？, 能不能退款 — a consultation), nor beside a
                # fault, a failure or a delay (东西坏了麻烦退款, 退订失败, 还没到账 — silenced),
                # nor a demand made on the firm (必须退款, 我要投诉)
                # (also with what is cancelled named after it, the commonest form: 麻烦帮我取消
                # 订单，谢谢, 请帮我取消一下这个订单, 帮我退订会员, 麻烦退掉这单)
                r"(麻烦|帮我|帮忙|请|给我|申请)(你|您|你们)?(帮我|帮忙|给我)?(把[^,。.!?;~]{1,8})?"
                # (退了 only as a request, 帮我退了吧 — not a refund told as done: 后来平台介入帮我
                # 退了，很满意)
                r"(取消|退订|退掉|退款|退一下|退了(?=吧|呗)|拆分发货|分开发货)(一下)?"
                r"((这个|那个|这笔|那笔|这一?单|那一?单|我的|我们的|该|刚才的|刚刚的|刚下的|今天的)?"
                r"(订单号?[0-9a-z]*|单子|这单|订阅|预订|预约|会员|自动续费|连续包月|包月|续费|套餐|"
                r"业务|服务|申请))?(吧|呗|哦|啊|了|谢谢)?"
                r"(?=$|[,。.!~\s]|谢谢|在线等)",
                r"那就(取消|退订|退款|退货|拆分发货|分开发货)(吧|了|呗)",
            ),
            negations=_w("不 没 别 不要 不用 不想 如果 要是 假如 万一 能不能 可不可以 能否 可否"),
            # (an A-not-A question asks, with no mark after it: 我的预约能不能帮我取消 — a
            # consultation, so 能不能 and 可不可以 are kept as cues, not the default look-alikes)
            not_negations=_w("是不是 有没有 不是吗 无论 没想到 不知道"),
            window_chars=6,
            # (a fault, a failure, a delay or a question anywhere in the turn: a complaint or a
            # consultation, not a plain request)
            silencers=(
                r"坏|破|碎|漏|假|错(?!了吧)|少了|缺|质量|问题|故障|不能用|用不了|不了|失败|无法|"
                r"没收到|没到|还没|未到|一直|迟迟|怎么|为什么|为啥|凭什么|吗|么[?？]|[?？]|"
                r"投诉|骗|差|慢|催|必须|赶紧|马上|立刻|扣|多收|乱收|不满意|不想要了",
            ),
            note="a routine action asked of the desk with nothing wrong reported (申请了 麻烦退款, "
            "帮我取消吧): nothing to handle",
        ),
        Rule(
            "kind.sworn-at",
            # a customer, a patient or a family sworn at, shouted at or insulted by the staff
            # (被护工骂了, 都被那个护工骂过, 被保安吼, 护士骂病人, 医生辱骂患者): a complaint of
            # the staff's attitude (R-CMP-01, D10 二 3.3); not anyone else's scolding
            # (被老公骂了, 被老师骂), not denied (没有被骂) nor supposed (如果被骂了)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=2,
            patterns=(
                r"被(你们的?|贵院的?|那个|这个|那位|这位|一个|一位|某个)?[^,。.!?;]{0,4}?"
                r"(护工|护士|护士长|医生|大夫|医师|主任|保安|保洁|工作人员|员工|店员|服务员|营业员|"
                r"收银员|收费员|客服|前台|导诊|护理员|陪护|司机|师傅|快递员|骑手|经理|售货员|柜员|"
                r"物业|管家|乘务员|空姐|检票员)(们)?[^,。.!?;]{0,2}?"
                r"(骂|辱骂|谩骂|臭骂|大骂|痛骂|吼|呵斥|训斥|凶|骂骂咧咧)",
                r"(护工|护士|护士长|医生|大夫|医师|保安|保洁|工作人员|员工|店员|服务员|营业员|收银员|"
                r"收费员|客服|前台|导诊|护理员|陪护|司机|快递员|骑手|售货员|柜员|乘务员|检票员)"
                r"(们)?(经常|总是|老是|动不动就?|竟然|居然|还|又|当众|公然)?"
                r"(骂|辱骂|谩骂|吼|呵斥|训斥)(了|过)?(病人|患者|家属|老人|孩子|顾客|客户|乘客|客人|"
                r"我们|我妈|我爸|我)",
            ),
            negations=(*NEGATIONS, *SUPPOSED, "不会", "不许", "不能", "不要", "别"),
            window_chars=4,
            note="a customer or a patient sworn at by the staff (被护工骂了, 护士骂病人): a "
            "complaint of attitude (R-CMP-01)",
        ),
        # ---- praise (issue 13): a praise word under a negation is a complaint -------------
        # the forty-eighth round: a neutral statement of where or when the goods were bought
        Rule(
            "kind.bought-where",
            kind=N,
            # (held against a learned layer that reads a shop's name or a sale day as a
            # complaint's words)
            weight=6,
            patterns=(
                # the forty-eighth round: the whole text a neutral statement, "X是…买的", of
                # when, where or for whom the goods were bought (这车是去年买的, 空调是双十一在
                # 网上买的, 手机是给我妈买的): the labelling guide's neutral statements are
                # nothing to handle; not with anything told after it (…买的，第二天就坏了), nor
                # a negation or a question inside it (是不是在你们店买的, 是在哪买的吗), nor
                # a fault named in the subject (坏的是昨天买的: no 坏, 假, 错 in it)
                r"^[^,。.!?;~不没未吗么呢坏假错]{1,10}是[^,。.!?;~不没未吗么呢哪啥谁坏假错]{0,14}?"
                r"(买|购买|购入|入手|提|订|订购)的(哦|啦|呀)?[。.!~]*$",
            ),
            note="the whole text a neutral statement of when or where the goods were bought "
            "(这车是去年买的): nothing to handle",
        ),
        # the forty-eighth round: praise words no rule read
        Rule(
            "pr.moved",
            kind=P,
            weight=3,
            negated_kind=C,
            terms=_w(
                # the forty-eighth round: the writer grateful after a favour or care received
                # (非常感恩每一位医护人员), money's worth (值回票价) and every request met
                # (有求必应): praise; negated (不值回票价) a complaint
                "感恩 值回票价 有求必应"
            ),
            patterns=(
                # the forty-eighth round: the writer moved by what was done (没收一分钱，感动;
                # 太让人感动了), not the feeling named as a noun (带来的感动, 感动是…: what a film
                # or a game means to leave, no verdict on it); negated (一点都不感动) a complaint
                r"(?<![的是])感动(?!是)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="the writer moved or grateful (感动, 感恩), money's worth (值回票价), every "
            "request met (有求必应): praise; negated a complaint",
        ),
        # the forty-eighth round: a praise word's look-alikes, which praise nothing
        Rule(
            "kind.praise-lookalike",
            kind=N,
            weight=1,
            patterns=(
                # the forty-eighth round: 喜欢 in a relative clause naming a thing (我喜欢吃的
                # 大果粒, 周围没什么我喜欢的馆子, 支持你喜欢的东西): it tells what someone likes,
                # no verdict on the goods or the service; not with a degree word or 是 before it
                # (最喜欢的就是班车, 是我喜欢的颜色: a verdict), nor a recommendation to buyers
                # (喜欢的亲赶紧下手, 喜欢的话可以入手, 喜欢的朋友快来买)
                r"(?<![最很超真好蛮挺太是都也])(?<!是[我你他她])喜欢(吃|喝|看|玩|用|听|去|买)?的"
                r"(?![,。.!?;~\s]|$|啦|了|呢|亲|朋友|宝|小伙伴|姐妹|可以|赶紧|快|话|人|就|一定|不要|别)",
                # the forty-eighth round: 赞 in 赞助 (sponsoring) praises nothing
                r"赞助",
            ),
            overrides=("pr.general", "pr.goods"),
            note="a praise word's look-alike (我喜欢吃的大果粒, 赞助): no verdict, nothing to "
            "handle unless something else is said",
        ),
        # the forty-seventh round: a praise verdict, then one small fault softened
        Rule(
            "pr.softened-fault",
            kind=P,
            # (held against the fault after the turn, its vote doubled there: 有点差 +8, and
            # a second word of it, 不好 +4)
            weight=12,
            patterns=(
                # the forty-seventh round: a verdict in praise, then after 就是/只是/不过/但是/
                # 可惜 one fault told softened (有点, 有些, 稍微, 略, 不是很, 不太) in the
                # text's last clauses (耳机音质很好，就是线有点短; 面条挺好吃的，不过汤有些咸;
                # 软件挺好用，就是启动有点慢): the labelling guide's lukewarm verdicts, "还不错/
                # 挺好，就是X" → praise; not the praise negated (不好吃，就是有点贵), nor a fault
                # told before the turn (no 不/没/差 between the verdict and the turn), nor a
                # fault told bluntly (就是太贵了, 就是服务差: no softener), nor more than two
                # clauses after the fault (a list of faults is the text's point), nor a question
                # after it; 还行/还可以 are no praise verdict here (the guide: "还行，就是X" →
                # complaint)
                # (a praise word negated or set below the past is none: 不太好吃, 不是很好用, 没那
                # 么好玩, 没有以前好吃; a degree word before it is read with it, 很漂亮)
                # (its first character looked at first, so the look-behinds are not tried at
                # every position)
                r"(?=[很挺蛮非特超真太比相十不满喜好干舒漂实划流清给良仔专方热新])"
                r"(?<![不没很挺蛮太么])(?<!不太)(?<!不是)(?<!不够)(?<!不算)(?<!那么)(?<!以前)(?<!之前)"
                r"(很|挺|蛮|非常|特别|超|真|太|比较|相当|十分)?"
                r"(很好|挺好|蛮好|不错|好用|满意|喜欢|很棒|挺棒|好吃|好看|好喝|好玩|干净|"
                r"舒服|舒适|漂亮|实惠|划算|流畅|清晰|给力|良心|仔细|专业|方便|热情|新鲜|好评)"
                # (only with the text's end in reach, looked for once: the pattern stays linear;
                # then up to two more clauses before the turn, none with 不, 没 or 差 in it)
                r"(?=[^\n]{0,90}\Z)(的|了|啊|呀|哦)?[^。.!?,~\s不没差]{0,8}"
                r"(?:[,~!\s]+[^。.!?,~\s不没差]{1,16}){0,2}?"
                r"[,~!\s]+(但是?|就是|只是|不过|可惜)[^。.!?,~]{0,12}?(有点|有些|有一点|稍微|稍|略|"
                r"一点点|不是很|不太|一丢丢)[^。.!?,~]{1,14}(?:[,~。.!]+[^。.!?,~]{1,20}){0,2}"
                r"[。.!~]*$",
            ),
            # (a fault of health or hygiene anywhere in the text is no small one: 汤有点馊了,
            # 被子有点霉味, vermin, a hair in the food — the labelling guide's first rule)
            silencers=(
                "馊|霉|变质|过期|臭|异物|异味|虫|蟑螂|苍蝇|老鼠|头发|拉肚子|腹泻|呕吐|过敏|受伤|"
                "烫伤|漏电|起火|冒烟",
            ),
            note="a praise verdict, then one small fault softened at the text's end (音质很好，"
            "就是线有点短): praise",
        ),
        # the forty-seventh round: a fault the writer says did not follow from a cause
        Rule(
            "pr.not-because",
            kind=P,
            weight=6,
            patterns=(
                # the forty-seventh round: a failure denied together with the cause that might
                # have brought it (店员并没有因为我们只点了一杯就冷落我们, 分量不会因为用了优惠券
                # 而减少, 丝毫没有因为下雨而耽误送货): the writer commends what held up, and the
                # fault words inside it (冷落, 减少) are what did not happen; not a question (会不会
                # 因为逾期就影响征信: 会不会 asks, or a question particle or mark after it), nor a
                # warning (不要因为便宜就买: no 不要)
                r"(?<!会)(并没有|并没|没有|丝毫没有|从没有|从来没有|并不会|不会|从不|从来不)因为"
                r"[^,。.!?;]{1,12}?(就|而)[^,。.!?;]{1,10}(?![^,。.!?;]{0,6}[吗么?])",
            ),
            # (the fault words inside it are what did not happen)
            overrides=("kind.verdict", "kind.not-good", "sq.attitude", "pq.taste", "pq.degree"),
            note="a fault denied with its likely cause (并没有因为人少就冷落我们): praise of what "
            "held up",
        ),
        # the forty-sixth round: a neutral report of the writer's own doings
        Rule(
            "kind.own-doing",
            kind=N,
            # (held against a learned layer that takes a dealer's or a parcel's word for a
            # complaint: 去4S, 收到货)
            weight=6,
            patterns=(
                # the forty-sixth round: the whole text a neutral report of the writer's own
                # purchase or collection, told as done with a time or 已经 (今天去4S店提车了,
                # 昨天刚下单, 已经收到货了, 我上午已经付款了): the labelling guide's neutral
                # statements (今天提车了) are nothing to handle; not with anything after it in
                # the text (刚下单就降价了, 收到货了，但是少了一件), nor a wait told with it (终于
                # 收到了, 才收到, 还没收到: 终于, 才, 还 and a negation break the match), nor a
                # question (已经付款了吗)
                r"^(我|我们|我家)?(今天|昨天|前天|今早|早上|上午|中午|下午|晚上|刚才|刚刚|刚|已经|"
                r"上周|这周|周末)(刚刚|刚|已经|也)?[^,，。.!！?？;；~不没未才还终吗么呢]{0,8}?"
                # (the forty-eighth round: a form or a deposit handed in, 我已经提交了,
                # 今天付了定金)
                r"(提车|提了车|下单|下了单|付款|付了款|付了钱|付了|签收|收到货|收到|到货|拿到货|取到货|"
                r"提交|交了定金|付了定金)了?"
                r"(哦|啦|呀|啊)?[。.!！~]*$",
                # the forty-eighth round: the same told as done by 过了 alone, with no time
                # (提交过了啊, 已经付过了): a chat's acknowledgement, nothing to handle; not asked
                # (提交过了吗) nor with anything after it
                r"^(我|我们)?(已经|也|都)?(提交|付款|付|下单|签收|申请)过了(哦|啦|呀|啊)?[。.!！~]*$",
            ),
            note="the whole text a neutral report of one's own purchase or collection (今天去4S店"
            "提车了, 昨天刚下单): nothing to handle",
        ),
        Rule(
            "kind.thanked-question",
            kind=Q,
            # (held against a learned layer that reads a closing 谢谢 as chit-chat)
            weight=4,
            patterns=(
                # the forty-sixth round: a question closed with thanks as the text's last words
                # (请问周末营业吗。谢谢; 是否有修建配套的步道？谢谢; 还要交吗？盼复，谢谢):
                # the thanks is the question's politeness, the question its point (labelling
                # guide: a text mainly a question is a consultation; a reported problem beside
                # it still decides, its complaint rules outweigh this); not thanks after an
                # answer the writer was given (谢谢您的回复: no question before it), nor thanks
                # with nothing asked (收到了，谢谢), nor a question not told as one (请问…有无
                # 公交线路计划。谢谢: no question mark or particle before the thanks)
                # (read from the thanks back: a question mark or a question word right before
                # it, so the pattern starts only at a thanks and stays linear)
                r"(?<=[?？吗么呢])[。;,\s]{0,2}(盼复[。;,\s]{0,2})?(谢谢|感谢|多谢)(您|你|了|啦|大家)?"
                r"[。.!！~]*$",
                # the forty-eighth round: a question opened by 请问 or 想问 and asked by a
                # question word (有无, 是否, 能否, 何时, 哪, 多少, 如何, 怎么) but with no mark,
                # closed with thanks (请问地铁站附近有无单车停放点。谢谢): a consultation the
                # same; the question's words within 40 characters of its opening and the
                # thanks within 40 of them, tried only with the text's end in reach (no 91
                # characters left after the opening), so the pattern stays linear
                # (all in one sentence, the thanks right after it: not across a transcript's
                # turns, which the normalised text ends with 。)
                r"(请问|想问|想咨询|咨询一下)(?![^\n]{91})[^?？!！。\n]{0,40}?(有无|有没有|是否|能否|可否|"
                r"何时|什么时候|哪|多少|如何|怎么|怎样)[^?？!！。\n]{0,40}?[。;, ]{1,2}"
                r"(盼复[。;, ]{0,2})?"
                r"(谢谢|感谢|多谢)(您|你|了|啦|大家)?[。.!！~]*$",
            ),
            # (nor after a question asked in anger, ??, or with the firm urged: 到时候去哪里拿
            # 钱？？麻烦尽快退款、谢谢 — a complaint's politeness; nor the writer's own try
            # told, 我看看怎么弄?谢谢你: nothing asked of the desk; nor a failure reported with
            # the question, 账号被封了怎么办？谢谢 — the problem is the point)
            silencers=(
                r"\?\?",
                "尽快|赶紧|赶快|马上给",
                "我(先|再)?(看看|试试|研究一下)",
                "被(封|冻结|锁|扣|盗)|用不了|不能用|无法|失败|出错|坏了",
            ),
            overrides=("kind.thanks",),
            note="a question closed with thanks (请问…？谢谢): a consultation, the thanks its "
            "politeness",
        ),
        # the forty-fifth round: praise told as a trouble spared, as beauty or excellence in a
        # word of degree, and as help received after a misfortune
        Rule(
            "kind.peer-advice",
            kind=N,
            weight=2,
            patterns=(
                # the forty-fifth round: advice to another customer on what to buy, choose, read
                # or do (还是建议选2.0的, 如果要跑高速就建议换掉, 建议你先查一下征信, 建议先看
                # 说明书再用): by the labelling guide advice to other customers is no suggestion
                # to the company, and with nothing else said nothing to handle; not a proposal to
                # the firm (建议上架, 建议换成大包装, 建议换个厨师, 建议用户…, 建议增加…, 建议下午
                # 也开放预约: no match), nor a warning to go elsewhere (建议去别家 — kind.warning
                # still reads it); here someone addressed (你, 楼主, 大家, 朋友们) and any verb
                r"(?<![的个条点])建议(你(?!们)|您|楼主|lz|题主|新手|大家|各位|朋友们)(先|还是|直接|最好)?"
                r"(买(?!一送)|选|上(?![架线新市门午下])|入手|看|换(?![成个一人])|查|找|用(?!户)|等)",
                # ... or, with no one addressed, a purchase or a swap (建议还是选2.0的, 建议直接
                # 入手, 建议上xc60四驱, 建议换掉, 建议等年底再入手): a bare 用/看/等/找/查/上 is
                # as much a proposal to the firm (建议用玻璃瓶代替塑料瓶, 建议周末多开几个收银台,
                # 建议找个有经验的人带新员工) and leaves no match
                r"(?<![的个条点])建议(先|还是|直接|最好)?(买(?!一送)|入手|选(?!用|择权)|换(?![成个一人])|"
                r"上(?=[a-z0-9])|等[^,。.!?;~]{1,6}?再?(买|入手))",
            ),
            overrides=("kind.suggestion",),
            note="advice to another customer on what to buy or do (建议选2.0的, 建议先查一下): no "
            "suggestion to the company",
        ),
        Rule(
            "pr.spared",
            kind=P,
            weight=3,
            patterns=(
                # the forty-fifth round: a trouble, time or effort the thing spared the writer
                # (省了很多麻烦, 减少许多烦恼, 省去了不少时间, 免去跑腿): praise of what did it; not
                # a saving sought (为了省时间, 想省麻烦), nor one missed (没省多少时间: negated)
                r"(?<!为了)(?<!想)(?<!要)(省去|省掉|省了|免去|免了|减少了?)(了)?(很多|许多|不少|"
                r"好多|大量|一大堆|好些)?的?(烦恼|麻烦|时间|精力|功夫|工夫|力气|跑腿)|"
                r"少了(很多|许多|不少|好多)的?(烦恼|麻烦)",
                # ... money saved by it (还能省钱, 帮我省了不少钱, 给省钱), the thing or a person
                # the subject; not a way to save asked or told (最省钱的方法, 省钱卡: no 能/帮
                # before it), nor a saving wished for (为了省钱, 想省钱)
                r"(?<!为了)(?<!想)(能|可以|还能|又能|帮我|给我|帮|给)省(了|下)?(不少|很多|好多|"
                r"一大笔|一笔|一些)?钱",
                # ... a worry the writer no longer has (让我不用每日烦恼, 不必再发愁, 再也不用操心:
                # its 再也不 is no "never again" warning)
                r"(再也)?不(用|必)再?(每天|每日|天天|到处)?(烦恼|发愁|操心|犯愁|跑腿|跑来跑去)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            # a saving another claimed, then belied (说是能省很多时间，结果排了两个小时)
            silencers=(_claim_belied("省|减少|不用|不必"),),
            overrides=("kind.warning", "kind.verdict", "kind.wont-return"),
            note="a trouble, time or money the thing spared the writer (省了很多麻烦, 还能省钱, "
            "不用每日烦恼): praise",
        ),
        Rule(
            "pr.fine",
            kind=P,
            weight=3,
            negated_kind=C,
            patterns=(
                # the forty-fifth round: a sight, a thing or a text called beautiful under a word
                # of degree (景色十分美丽, 语言很优美, 非常壮观): praise; not a price called so
                # (价格也很美丽: a joke on a high price)
                r"(?<!价格)(?<!价格也)(?<!价格都)(?<!价钱)(?<!价钱也)(很|非常|十分|特别|超级|超|挺|"
                r"蛮|相当|太|真|好|极其|格外|极为)(美丽|优美|秀美|秀丽|典雅|壮观|迷人)",
                # ... and a performance called excellent (表现出色, 成像效果出众, 性能表现十分出色):
                # praise of the goods; 不够出色 and 并不出色 leave no match
                r"(表现|效果|做工|画质|音质|成像|性能)(也|都|真的|确实)?(很|非常|十分|相当|极其|"
                r"特别)?(出色|出众|优异)",
                # ... a place, a dish or a gift called distinctive, creative, safe or sturdy under a
                # word of degree (很有当地特色, 蛮特色的, 模式很创新, 非常安全, 还很稳固), or
                # the writer's trust in it (有张主任我很有信心): praise; negated (没有地方特色,
                # 不够创新, 不太安全) a complaint
                r"(很|非常|颇|挺|蛮|十分|特别|极具|颇具|富有|独具)(当地|地方|南方|北方|民族|江南|"
                r"异国|自己的)?的?特色|有(当地|地方|南方|北方|民族|江南|异国)特色",
                r"(很|非常|十分|特别|超|挺|蛮|相当|真|有)(创新|创意)",
                r"(很|非常|十分|特别|超|挺|蛮|相当|真|都|也)(安全|稳固|牢固|结实)(?![吗么])",
                # (not a resolve against the firm: 我很有信心投诉到底)
                r"(很|非常|十分|特别|充满)(有)?信心(?![^,。.!?;~]{0,3}(投诉|维权|起诉|告|曝光|追究|讨))",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="a thing called beautiful, excellent, distinctive, creative, safe or sturdy "
            "(景色十分美丽, 表现出色, 很有当地特色, 非常安全): praise; negated (不够创新) a "
            "complaint",
        ),
        # the forty-fourth round: praise told as a change for the better
        Rule(
            "pr.easier-now",
            kind=P,
            weight=3,
            patterns=(
                # the forty-fourth round: a thing said to have become easier to use, as a change
                # already made (看病更方便了, 现在办事越来越方便了, 更新以后用起来更顺手了, 变得
                # 更加便捷了): praise of the service or the goods that made it so; not a change
                # wished for or put as a condition (如果能加个搜索就更方便了, 会更方便, 要是…
                # 能更方便: 就/会/能/要/将/才 before it, or a condition word in its clause), nor
                # a change for the worse (越来越不方便: no match)
                r"(?<![就会能要将才可])(越来越|更加|更|变得更加?|变得)(方便|便捷|便利|顺手|好用|易用|"
                r"快捷|简单|省心|省事)(了|啦)(?![吗么?])",
            ),
            negations=_w("如果 要是 假如 若是 倘若 希望 建议 要是能 如能 若能"),
            window_chars=12,
            question_frames=PRAISE_QUESTIONS,
            # a change another claimed, then belied (号称办事更方便了，结果跑了三趟): no praise
            silencers=(_claim_belied("方便|便捷|便利|顺手|好用|易用|快捷|简单|省心|省事"),),
            note="a thing become easier to use, as a change already made (看病更方便了, 越来越方便"
            "了): praise",
        ),
        # the forty-third round: praise told in constructions no rule read
        Rule(
            "pr.feel-good",
            kind=P,
            weight=3,
            patterns=(
                # the forty-third round: the thing said to make the writer feel good, as the
                # clause's verdict (真叫人欢喜, 足够令人感动, 真系让我难忘, 让人很安心, 令人窝心):
                # praise; not a thing sought or missed that would do so (让人放心的东西太少了,
                # 寻找让人惊艳的菜: 的 makes it a description), nor a request (好让我安心), nor
                # the feeling denied after it (让人开心不起来)
                r"(?<!好)(?<!也好)(叫|让|令|讓)(人|我)(很|非常|特别|十分|好|超|挺|感到|觉得|覺得|"
                r"感觉|感覺)?(欢喜|歡喜|开心|開心|高兴|高興|感动|感動|惊喜|驚喜|安心|暖心|窝心|窩心|"
                r"难忘|難忘|欣慰|舒心|惊艳|驚艷|回味无穷|回味無窮)(?![的得地不])",
                # ... or hope given back (让我一下看到了希望, 给我又燃起了希望): a patient's
                # thanks for a result, praise; not hope missed (没看到希望: negated)
                r"(看到|燃起|重燃|点燃|重拾)(了)?(新的|一线|一丝)?希望",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            # (negated, 不特别令人惊艳, it is no praise, and left to the other rules to weigh)
            note="the thing said to make the writer feel good (真叫人欢喜, 令人感动, 看到了希望): "
            "praise",
        ),
        Rule(
            "pr.merit-idiom",
            kind=P,
            weight=3,
            negated_kind=C,
            terms=_w(
                # the forty-third round: idioms of praise no rule read (造像也是一绝, 性价比杠杠的,
                # 质量扛扛的)
                "杠杠的 扛扛的"
            ),
            patterns=(
                # ... 一绝 too, not inside 第一绝对 / 唯一绝 / 统一绝, nor asked about in its
                # sentence (网上说他家做工"一绝"，是真的吗?: hearsay checked, no praise)
                r"(?<![第统唯])一绝(?!对)(?![^。.!~]{0,16}?\?)",
                # ... the merit that wins over a drawback conceded before it (规模小许多，但胜在
                # 商业气息较淡; 雖然只有輕食，勝在可用廣東話溝通): the writer weighs the two and
                # finds for the thing; not 胜在 alone (森林人还是胜在空间: one car set against
                # another for someone choosing), nor 好在 (好在客服态度挺好 mends a complaint's
                # damage, it praises nothing in itself)
                r"(但|但是|不过|不過|可是|却|卻)(是)?(胜|勝|赢|贏)在|"
                r"(虽然|雖然|虽|雖|尽管|儘管)[^。.!?;]{1,24}?[,，](胜|勝|赢|贏)在",
                # ... and full marks given (小米的东西绝对100分, 给老师打100分), not a scale
                # explained (如果100分是满分我给65分), nor a quantity given (给100分钟通话,
                # 给100分积分)
                r"(绝对|絕對|必须|必須|给|給|打)(个|個)?(100|一百)分"
                r"(?!钟|鐘|积分|積分|制|是|为|為|的话|的話)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="an idiom of praise (也是一绝, 杠杠的), the merit that wins (胜在离家近), full "
            "marks given (绝对100分): praise",
        ),
        Rule(
            "pr.so-good-a",
            kind=P,
            weight=3,
            patterns=(
                # the forty-third round: the thing itself called so good in passing (这么好的课程
                # 评论的人也太少了, 态度这么好的医生很难得, 如此用心的产品): praise, whatever is
                # regretted about others around it; not a merit wasted (白瞎了这么好的食材:
                # kind.wasted-merit's), nor a thing wished for (要是有这么好的服务就好了), nor
                # one asked about (有这么好的事吗)
                r"(?<![有要])(这么|那么|如此|這麼|那麼)(好|棒|优秀|優秀|良心|实用|實用|用心|精彩|好吃|"
                r"好玩|好看|好用|贴心|貼心|专业|專業)的(课程|课|書|书|游戏|遊戲|老师|老師|产品|產品|"
                r"电影|電影|店|服务|服務|服务态度|服務態度|手机|手機|酒店|软件|軟件|医生|醫生|大夫|作品|"
                r"教程|app)",
                # ... or the best the writer has had (这是我住过最好的酒店, 我用过最满意的手机):
                # praise; not the worst (住过最差的: no merit word)
                r"(住过|吃过|用过|买过|去过|玩过|看过|坐过|喝过|穿过|住過|吃過|用過|買過|去過)的?"
                r"最(好[吃用看穿玩喝住听]?|棒|满意|滿意|舒服|干净|乾淨|喜欢|喜歡|贴心|貼心)(的|嘅|之一)",
            ),
            negations=_w("如果 要是 假如 可惜 白瞎 浪费 浪費 希望 哪有 哪里有 没有 沒有 没 沒 不"),
            question_frames=PRAISE_QUESTIONS,
            note="the thing called so good in passing (这么好的课程) or the best had (住过最好的"
            "酒店): praise",
        ),
        # the forty-second round: a liking that is not the writer's verdict
        Rule(
            "kind.liking-condition",
            kind=N,
            weight=1,
            patterns=(
                # the forty-second round: a liking put as a condition or asked of the reader
                # (要是喜欢森林人，就…; 如果喜欢秋葵的话; 看你喜欢哪个外观; 选喜欢的) or naming
                # the people a thing suits (喜欢清淡的朋友, 喜欢清静一点景区的可以选择这里, 不喜欢
                # 硬米饭的人): whose taste it is, not the writer's praise or dissatisfaction, so
                # the 喜欢 inside it is no verdict (a verdict said beside it still counts:
                # 味道好，喜欢清淡的朋友值得一试 is praise); not 我喜欢的 (the writer's own), nor
                # 不喜欢…的人 (a dislike of the thing's own trait: 米饭硬，不喜欢硬米饭的人), nor a
                # liking asked of the desk (你们喜欢哪款？)
                r"(如果|要是|假如|若是|若)(你|您|大家)?(比较|特别|很|更)?喜欢|"
                r"(?<![我不])喜欢([^,。.!?;~\s]{1,10}?的(朋友|人|话|可以|亲|同学|小伙伴|童鞋)|的话)|"
                r"看(你|您|个人|自己)(自己)?(更|最|比较|特别)?喜欢(哪一?[个款种辆台]|哪|什么|啥)|"
                r"选(你|您|自己)?(最)?喜欢的",
            ),
            # (the 喜欢 inside it is the condition's, no praise; and 看你喜欢哪个 asks the
            # desk nothing)
            overrides=("pr.general", "kind.question-mark"),
            note="a liking put as a condition or naming whom a thing suits (如果喜欢, 喜欢清淡的"
            "朋友, 看你喜欢哪个): no verdict of the writer's",
        ),
        # the forty-first round: praise in formal or bookish words no rule read, and a verdict
        # the writer only guesses at
        Rule(
            "pr.formal-good",
            kind=P,
            weight=3,
            negated_kind=C,
            terms=_w("无微不至 耳目一新 一目了然 很有创意 有创意 富有创意 超爱 超级爱"),
            patterns=(
                # the forty-first round: a quality called 佳 (服務佳, 态度佳, 口碑极佳, 效果甚佳):
                # the written word for good; 不佳 and 欠佳 are no match (no praise), nor is 最佳
                # (a superlative in a description: 最佳场所)
                r"(服务|态度|口碑|效果|口感|品质|质量|环境|信誉|视野|性能|手感|景色|风景|气氛|"
                r"隔音|操控|音质|画质|疗效)(都|也|均|俱|甚|颇|极|很|非常|相当|尚|亦)?(?<![最欠])佳",
                # and a feature called 较好 / 较强 (外观设计较好, 续航能力较强, 地点较好): the
                # written 比较好 of a list of qualities; not 比较好 (a comparison or a choice:
                # 网页还比较好用, 比较好找), nor 较好的 (which one to choose: 选较好的)
                r"(设计|做工|外观|续航|性能|功能|效果|质量|品质|地点|位置|服务|能力|口碑|信号|隔音|"
                r"性价比|手感|画质|音质)(也|都|均|还)?(?<!比)较(好|强|出色)(?![找的])",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            # (态度 inside 态度佳 is the praised subject, no fault of the staff's)
            overrides=("sq.attitude",),
            # (a quality wished for is no praise: 希望缴费信息一目了然, 建议设计得让人耳目一新)
            silencers=(
                r"(希望|建议|要求|应该|应当|如果|若能|能否|可否)[^,。.!?;]{0,16}?(无微不至|耳目一新|"
                r"一目了然|有创意|佳|较好|较强)",
            ),
            note="praise in formal or bookish words (服务佳, 设计较好, 无微不至, 耳目一新); "
            "negated (服务不佳) a complaint",
        ),
        Rule(
            "kind.guess",
            kind=N,
            weight=3,
            patterns=(
                # the forty-first round: a verdict the writer only guesses at, ending its clause
                # (应该挺好的, 应该不错吧, 应该是不错, 应该可以的吧): nothing known
                # first-hand (labelling guide: a guess → no_action), so the praise word inside
                # it is no verdict; a verdict given beside it still counts (好吃，其他口味应该
                # 不错 is praise), and 应该好好… (what someone ought to do) is no guess
                r"应该(是|会|也|还)?(挺|很|蛮|还|比较|也)?(不错|挺好|可以|好用|好吃|好看|好(?!好))"
                r"(的)?(吧|啦|呀|哦)?(?=$|[,。.!?;~…])",
            ),
            overrides=("pr.general", "pr.goods", "pr.fair", "pr.bare-word", "pr.degree-good"),
            note="a verdict the writer only guesses at (应该挺好的, 应该不错吧): nothing to handle "
            "unless something else is said",
        ),
        Rule(
            "pr.goods",
            kind=P,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            negated_kind=C,
            terms=_w(
                # food and drink
                "好吃 好喝 美味 可口 新鲜 很香 好香 香喷喷 入味 地道 正宗 鲜美 爽口 酥脆 "
                "分量足 分量很足 份量足 量足 量大 料足 够吃 热乎 热乎乎 "
                # goods
                "质量好 质量不错 质量很好 质量挺好 质量可以 质量还可以 质量还行 做工精细 做工好 "
                "做工不错 做工精致 手感好 手感不错 面料好 料子好 舒服 舒适 合身 好看 漂亮 "
                "正品 好用 流畅 清晰 耐用 结实 轻薄 大气 精致 顺滑 柔顺 水润 待机时间长 续航长 "
                "续航强 拍照好 音质好 画质好 反应快 运行流畅 散热好 噪音小 噪音低 油耗低 动力足 "
                "动力强 空间大 视野好 操控好 稳稳的 "
                # rooms
                "干净 整洁 宽敞 安静 环境好 环境不错 位置好 位置不错 交通方便 早餐丰富 "
                "设施齐全 设施不错 床很舒服 隔音好 "
                "性价比高 性价比很高 性价比不错 物美价廉 超值 值得 划算 实惠 便宜 "
                "很实用 挺实用 非常实用 很方便 挺方便 非常方便 方便快捷 功能齐全 功能强大 "
                "功能丰富 大小合适 尺码合适 很合适 正合适 刚好合适 续航好 续航不错 信号好 "
                "外观漂亮 外观大方 小巧 轻便 很甜 挺甜 好甜 很脆 香甜 多汁 汁多 水分足 个头大 "
                "交通便利 交通便捷 地理位置好 出行方便 值得一读 值得一看 很有意思 有趣 引人入胜 "
                # the nineteenth round (an app's and a hospital's reviews)
                "容易上手 上手容易 简单好用 简单方便 简单易学 方便得很 设备先进 种类多 种类丰富 "
                "品种多 品种丰富 选择多 有弹性 "
                "delicious tasty fresh comfortable clean beautiful"
            ),
            patterns=(
                # a quality called good (口味很正, 品质确实比较好, 效率最快; the twentieth round)
                r"(口感|口味|品质|风景|景色|效率)(确实|真的|还是|一直|也|都)?(很|非常|比较|特别|超|"
                r"挺|蛮|相当|十分|超级|最)?(好|不错|棒|正|高|快)(?![吃喝看用像多少几点])",
                # room to spare (腿部空間也很大, 空间都挺宽敞; the twenty-third round's second half)
                r"空间(也|都|还|真的|确实)?(很|非常|比较|特别|超|挺|蛮|相当|十分|超级)(大|宽敞|足)",
                # the thirty-fifth round: ease of use under any degree word, or said better than
                # another's (極度方便, 太方便了, 非常之易用, 比傳統銀行方便多了, easy to use;
                # 不太方便 is negated, a complaint)
                r"(极度|极其|极为|超级|超|特别|十分|相当|蛮|真|太|非常之)(方便|好用|易用|便利|便捷)|"
                r"(方便|好用|易用|便利|便捷)(多了|得多)|非常之(好|棒|方便|易用)|easytouse|易用",
                # the thirty-sixth round: and under a milder degree word (挂号还算方便,
                # 交通还算方便, 停车也很方便, 逛街也挺方便); not a wish or a condition
                # (就更方便), nor 方便面, 方便的话; 不太方便 is negated, a complaint; 还算方便吗
                # asks. Not 比较方便: the
                # mildest, said in passing in a review whose point is a fault (…但就是做事拖拉。
                # 地段位置还比较方便)
                r"(?<![会就更])(还算|算是|还是挺|蛮|还蛮|还挺|也很|都很|也挺|都挺|"
                r"相当|十分|真的很|真的挺)(方便|便利|便捷)(?![的面])",
                # the forty-fourth round: what the thing makes easy, named before a bare 方便
                # (手机银行使用方便, 储钱方便、优惠多, 社区就近医疗方便, 操作方便快捷): praise of
                # the thing; not a purpose (为了携带方便, 以便使用方便), a wish or a condition
                # (要是操作方便就好了, 希望使用方便), 方便的话 or 方便面; 使用不方便 holds no
                # 使用方便, and 操作方便吗 asks
                r"(?<!为了)(?<!为)(?<!以便)(?<!更)(使用|操作|携带|收纳|存钱|储钱|取钱|存取|转账|"
                r"付款|支付|还款|缴费|充值|查询|办理|办事|就医|医疗|看病|挂号|购物|买菜|出行|乘车|"
                r"坐车|停车|上下班|安装|拆洗|清洗|清理)(起来)?方便(?![的面些点]|一点|一些)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            window_chars=4,
            question_frames=PRAISE_QUESTIONS,  # 这家店好吃吗 asks (issue 13)
            # the ease another claimed, then denied (说是操作方便，其实一点也不方便): no praise
            silencers=(_claim_belied("方便|便捷|便利|好用|易用"),),
            note="praise of the goods, the food or the room; negated (不新鲜, 不怎么好吃) "
            "a complaint",
        ),
        Rule(
            "pr.service",
            kind=P,
            category=Category.SERVICE_QUALITY,
            weight=3,
            negated_kind=C,
            terms=_w(
                "态度好 态度很好 态度不错 态度非常好 态度挺好 服务好 服务很好 服务不错 服务周到 "
                "服务热情 服务到位 服务一流 热情 周到 耐心 贴心 礼貌 有礼貌 客气 友好 专业 "
                # warmth felt (非常暖心): as 贴心 (not 窝心, vexed in the north)
                "暖心 "
                "及时回复 回复快 很nice 小哥很好 骑手很好 骑士很好 服务态度好 "
                # the nineteenth round (hospitals, in traditional characters): 親切, 態度良好
                "亲切 很亲切 态度良好 服务良好 服务态度良好 热心 细心 和蔼 友善 "
                "医术精湛 医术高明 医德高尚 视病犹亲 视病如亲 "
                # the thirty-eighth round: the staff called responsible (工作人员真是太负责了,
                # 师傅很负责任; 不负责 is negated, a complaint)
                "很负责 太负责 非常负责 特别负责 认真负责 负责任 尽心尽责 "
                # the twenty-ninth round (patients' reviews of doctors): a professional's
                # skill and conduct praised
                "医术高超 医术高 技术高超 手艺高超 妙手回春 仁心仁术 德艺双馨 华佗再世 "
                "尽职尽责 平易近人 和蔼可亲 态度温和 经验丰富 年轻有为 有爱心 值得信赖 "
                "值得信任 精湛 "
                "friendly helpful polite"
            ),
            patterns=(
                # thanks for care or help received (the nineteenth round, hospital reviews:
                # 感謝護理師的照護, 謝謝醫師的救治): thanks with a verdict is praise
                r"(感谢|谢谢|感恩)[^,。.!?;:…~]{0,20}?(照顾|照护|帮忙|帮助|救治|用心|细心|耐心|"
                r"付出|辛劳|悉心)",
                # the thirty-sixth round: and thanks for care or judgement called good
                # (衷心感谢顾医生的关怀医治, 感谢杨大夫对病情的精确判断, 谢谢师傅的热心): not
                # thanks alone (感谢谭主任的解答, 感谢关照: no_action), nor a letter's
                # politeness (感谢领导关心)
                r"(感谢|谢谢|感恩|多谢|感激)[^,。.!?;:…~]{0,20}?(关怀|关爱|精确|精准|准确|热心|精心|"
                r"尽心|细致|专业)",
                # thanks for a good result, either way round (感谢主任，病情好转了; 手术很成功，
                # 十分感谢; 问题解决了，谢谢): thanks that name a good result are praise (the
                # twenty-ninth round); a result negated between them (没有好转) is not one
                # (an exclamation may end the thanks: 感谢李大夫！病情好转了; 很有效: the thirty-
                # third round; a wish is no result: 希望早日康复，谢谢); much better
                # (脱发明显好多了，谢谢杨大夫; 你以前确实好多了，感谢杨主任: the thirty-fifth round)
                # the thirty-eighth round: and a matter put right (谢谢，已经为我处理好了; 修好了，
                # 多谢师傅), as 解决了 is (labelling guide: a wrong put right to the customer's
                # satisfaction is praise)
                r"(感谢|谢谢|感恩|多谢)[^。?;没不未无]{0,30}?(治好|看好|治愈|好转|痊愈|康复|好多了|"
                r"缓解|减轻|很成功|非常成功|手术成功|顺利|解决了|很有效|非常有效|特别有效|十分有效|"
                r"处理好了|办好了|修好了|弄好了|搞定了)",
                r"(?<![没不未无日])(治好|看好|治愈|好转|痊愈|康复|好多了|缓解|减轻|很成功|非常成功|"
                r"手术成功|解决了|很有效|非常有效|特别有效|十分有效|处理好了|办好了|修好了|弄好了|"
                r"搞定了)[^。?;]{0,30}?(感谢|谢谢|感恩|多谢)",
                # a life saved, either way round (谢谢你们救了我父亲的命, 感谢医生把我妈抢救过来,
                # 抢救成功，万分感谢, 转危为安, 脱离危险, 康复出院; a saviour named: 救命恩人,
                # 救命之恩): a good result named in thanks is praise (labelling guide); not a
                # life lost (没能救回, 没有抢救过来, 未能脱离危险)
                r"(感谢|谢谢|感恩|多谢|感激)[^。?;没不未无]{0,30}?(救了[^,。.!?;]{0,8}?(命|性命)|救回|"
                r"抢救过来|救过来|抢救成功|转危为安|脱离(了)?(生命)?危险|康复出院|起死回生)",
                r"(?<![没不未无有能])(救了[^,。.!?;]{0,8}?(命|性命)|救回|抢救过来|救过来|抢救成功|"
                r"转危为安|脱离(了)?(生命)?危险|康复出院|起死回生)[^。?;]{0,30}?(感谢|谢谢|感恩|多谢|感激)",
                r"(?<!不是)(救命恩人|救命之恩|再生父母)",
                # care given with attention (感谢万主任对病情的细致检查, 给我认真的治疗; the
                # thirty-third round): not 不认真的检查
                r"(?<![不没未])(认真|细致|细质|仔细|精心|用心|负责)的?(检查|治疗|诊断|诊疗|医治)",
                # 负责, 认真 said of someone (很负责, 认真负责), not what they are in charge of or
                # how they do a thing (负责唱, 谁负责, 负责制, 认真看, 认真查实; the twenty-second
                # round)
                # a professional's skill or conduct (医术非常高明, 业务比较精通, 高尚医德: the
                # twenty-ninth round)
                r"(医术|医德|技术|手艺|业务)(也|都|非常|很|十分|特别|极其|相当|比较|真的|真是)*"
                r"(高明|高超|精湛|高尚|精通|过硬)|(高超|精湛|高明)的?(医术|技术|手艺)|高尚的?医德|"
                r"医术医德|医德医术",
                r"(?<![谁由])负责(?=$|[\s,。.!?;:…~的任]|认真|耐心|热情|专业)",
                r"认真(?=$|[\s,。.!?;:…~]|负责|细致|耐心|专业|仔细)",
                # the forty-second round: the attitude itself called good in a word of manner
                # (态度非常认真, 对待病人态度非常和善, 态度很温和, 服务态度客气) or a good
                # attitude named (这么好的服务态度, 以认真负责的态度, 美好的态度): 态度 is the
                # praised subject here, no fault of the staff's; not 态度不认真 (the negation
                # stands between), nor 不够好的态度 or 不是很好的态度, nor a better one wished
                # for (希望有更好的服务态度)
                r"态度(也|都|还|真的|确实|一直|总是|更是)?(非常|很|特别|十分|超级|超|挺|蛮|极其|极为|"
                r"相当|格外|比较|较为)?(温和|认真|和善|和蔼|客气|热情|亲切|耐心|友好|友善|诚恳|谦和|"
                r"端正|温柔|随和|无可挑剔)",
                r"(?<![不没更])(?<!不够)(?<!不太)(?<!不是)(这么|那么|如此|非常|很|十分)?(?<![不没更再])"
                r"(好|美好|认真|负责|认真负责|热情|和蔼|耐心|温和|端正|友好|友善|谦和|亲切|诚恳)"
                r"的(服务|工作)?态度",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            # (the forty-second round: 态度 inside 态度温和 or 好的服务态度 is the praised
            # subject, as in pr.formal-good's 态度佳)
            overrides=("sq.attitude",),
            note="praise of the staff, and thanks for care or help received; negated "
            "(服务不周到, 态度不好) a complaint",
        ),
        Rule(
            "pr.better-after",
            kind=P,
            weight=4,
            patterns=(
                # the thirty-eighth round: a condition that eased after the goods or the care
                # were used, told without thanks (我吃了感觉好了不少, 孩子吃了一个月药过敏情况有
                # 好转, 用了一周痘痘好多了, 针灸以后腰疼缓解了): a good result is praise (labelling
                # guide: positive feedback), as thanks that name one are; not 没有好转, 不见
                # 好转, 吃了好多了 (ate a lot), nor a result asked about (吃药后好多了吗)
                r"(吃了|用了|抹了|喝了|擦了|涂了|敷了|贴了|治疗|吃药|用药|服药|针灸|理疗|按摩|做了)"
                r"[^。?;]{1,20}?(?<![没不未无])(?<!不见)(?<!未见)(?<!没有)"
                r"(好了不少|好了很多|好多了|有好转|好转了|明显好转|有所好转|见效了|有效果|起效了|"
                # (the forty-fourth round: and a symptom that eased or went, 症状明显减轻, 疼痛
                # 消失了, 已经痊愈; a colour or a coating gone is no symptom: 用了一个月涂层消失了)
                r"改善了|缓解了|明显减轻|减轻了|减轻很多|减轻不少|大大减轻|痊愈了|已经痊愈|"
                r"(症状|疼痛|疼|痛|红肿|肿胀|瘙痒|痒|咳嗽|炎症|痘痘|过敏)(也|都|基本|已经|就)?消失了)"
                r"(?![^,。.!?;]{0,3}(吗|么|嘛|没|\?))"
                # (told as the background of a question later on — 吃药有好转；请问还需要吃多长
                # 时间 — it is the question's context: a consultation; the forty-fourth round:
                # looked for in the next 80 characters, not to the text's end, which took
                # minutes on a long text of repeated relief)
                r"(?![^\n]{0,80}?(请问|想问|想知道|咨询|多长时间|多久|怎么办|吗|\?))",
            ),
            note="a condition eased after the goods or the care were used (吃了感觉好了不少): "
            "praise",
        ),
        Rule(
            "pr.delivery",
            kind=P,
            category=Category.SALES_CONTRACT,
            weight=3,
            negated_kind=C,
            terms=_w(
                "送餐快 送得快 送的快 送货快 物流快 发货快 到货快 快递快 快递很快 物流很快 "
                "送餐很快 送的很快 送得很快 配送快 速度快 速度很快 很快 挺快 非常快 超快 神速 "
                "准时 准点 提前送到 提前到 送达及时 及时 真快 好快 太快了 秒送 秒到 速度真快 "
                "送得真快 很及时 fast quick ontime"
            ),
            patterns=(
                # 按时 said of a delivery, an arrival or a departure (按时送达, 很按时), not of
                # what the writer does on time (按时保养, 按时缴纳, 按时服药, 按时上下班; the
                # thirty-eighth round)
                r"按时(?=送|到|发货|发出|达|配送|交货|交付|起飞|出发|上菜|上门|取件|$|[。,.!?;~])",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            note="praise of a fast delivery; negated (不准时, 一点也不快) a complaint",
        ),
        Rule(
            "pr.general",
            kind=P,
            weight=3,
            negated_kind=C,
            terms=_w(
                "好评 5星 满意 很满意 非常满意 挺满意 推荐 值得推荐 强烈推荐 赞 点赞 很赞 "
                "给力 很棒 真棒 太棒 好棒 棒棒 特别棒 非常棒 超棒 挺棒 蛮棒 "
                "不错 挺好 很好 非常好 太好了 太好啦 完美 喜欢 "
                "很喜欢 物超所值 太值了 很值 值了 超赞 骄傲 没什么问题 没啥问题 没毛病 挑不出毛病 "
                "爱不释手 受益匪浅 受益 精彩 好书 好车 推荐购买 稳定 省油 "
                "下次还 下次一定还 下次一定再 下次一定来 还会介绍 介绍朋友来 "
                # how the writer feels after the care or the goods (至今已完成第一疗程，感觉良好;
                # the thirty-eighth round; 感觉不良好 is negated)
                "感觉良好 "
                "像新的一样 跟新的一样 和新的一样 "
                "还会再来 还会来 会再来 还会光顾 回购 会再买 还会买 一直买 一直在买 一直用 "
                "一直点 常点 经常点 好评如潮 惊喜 放心 靠谱 没得说 没的说 无可挑剔 "
                "一流 好开 很牛 真牛 太牛 厚道 物有所值 超出预期 超预期 满好 蛮好 到位 "
                "啥都好 什么都好 "
                # the twentieth round: praise no rule read (超级棒, 好方便, 赚到了, 得力助手)
                "超级棒 超级好 好方便 赚到了 王道 得力助手 学以致用 有保障 别致 "
                # the twenty-first round (game reviews)
                "好玩 很好玩 耐玩 太可爱了 很可爱 足够可爱 真可爱 好耶 真爱 神中神 爽游 "
                "很爽 太爽了 "
                "很适合 非常适合 特别适合 尤其适合 挺适合 好作品 好游戏 好地方 好程式 好程序 "
                "好软件 好老师 好医生 "
                # the twenty-second round: praise no rule read (很先进, 很多实用的食谱, 支持一下)
                "很先进 好先进 挺先进 实用的 有特色 "
                "继续支持 支持一下 必须支持 支持支持 大力支持 支持国货 精品 "
                # the twenty-third round's second half (JD reviews of gifts and appliances):
                # delight no rule read (惊艳, 巅峰之作, 爱了爱了, 艺术品, 精湛, 养眼, 颜值很高)
                "惊艳 巅峰之作 大爱 爱了爱了 爱了 艺术品 精湛 养眼 颜值高 颜值很高 颜值超高 "
                "颜值在线 精美 很精美 满足需求 满足了需求 真的无敌 简直无敌 无敌了 "
                "好好人 大好人 真是好人 "
                # the thirty-fourth round: internet praise slang (yyds, 绝绝子, 太感动了)
                "yyds 绝绝子 太感动了 好感动 很感动 超感动 "
                "perfect excellent great recommended love nice"
            ),
            patterns=(
                # five stars given, not a hotel's star grade (五星级酒店; the forty-sixth round)
                r"五星(?!级的?(酒店|宾馆|饭店|大酒店|度假|旅馆|标准))",
                # a brand or a feature backed in a clause of its own (支持小米, 支持快驴), a credit
                # line raised (额度提了一倍; the twenty-second round)
                r"(?:^|(?<=[,。.!;~\s]))支持[^,。.!?;~\s吗么嘛呢]{1,6}(?=$|[,。.!;~\s])",
                r"额度(提|涨|升)(了|的|得)",
                # a result called ideal (清晰度都比较理想; the twenty-third round; 不理想 is
                # negated, a complaint)
                r"(很|非常|比较|挺|十分|相当|蛮|都很|都比较|还算|还比较)理想",
                # a favourite (最爱绿豆紫米露), not an app's favourites list (我的最爱)
                r"(?<!的)最爱",
                # the forty-third round: full marks given (满分, 给老师满分), not the scale a
                # score is told on (如果100分是满分我给65分, 满分是五星, 满分制)
                r"(?<![是为])满分(?!是|制|为|的话)",
                # ... and 绝了 said of a thing praised (这速度绝了, 服务真是绝了; the
                # thirty-fourth round), not 绝了 alone (断绝了, 拒绝了)
                r"(速度|服务|味道|口味|态度|效果|颜值|口感|体验|手艺|技术|小哥|骑手)(真是|真|简直|太)?绝了",
                # the thirty-fifth round: called decent to the customer under a degree word
                # (太良心了, 这么良心的课程, 真良心; 没良心 is none), and stars given in words
                # (值得五颗星)
                r"(太|很|超|真|好|非常|这么|特别|挺|蛮|相当|十分|真的|够)良心|(五|5|满)颗星",
                # the thirty-sixth round: said far better than another (比steam好太多,
                # 服务真的比长荣用心很多, 比那个垃圾三角洲好玩多了, 比超市便宜多了): praise,
                # whatever faults of the other it names; not the other said better than this
                # one (比它强多了, 比这书强多了, 还不如…) nor 没比…好多少
                r"(?<![不没])比(?!它|这|你们|他们|你家|贵|起)[^,。.!?;]{1,12}?(好|强|棒|用心|好玩|好吃|"
                r"好用|方便|便宜|实惠|快|舒服|干净)(太多|多了|很多|得多|不少|一百倍|百倍|好多)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,  # 这家店好吃吗 asks (issue 13)
            # the forty-third round: a bad word said of the other thing inside the comparison
            # (比那个垃圾三角洲好玩多了) is no complaint about this one
            overrides=("kind.complaint", "kind.verdict"),
            note="praise in general; negated (不满意, 不推荐) a complaint",
        ),
        Rule(
            "pr.commend",
            kind=P,
            weight=3,
            negated_kind=C,
            # (R-CMP-01) a commendation named as one (特此表扬, 我要表扬12路公交司机王师傅,
            # 点名表扬, 提出表扬, 表彰, 嘉奖, 赞扬; 表揚 and 讚揚 are read as these): praise, and
            # stronger than the thanks beside it (感谢物业王经理，特此表扬: weight 3 over
            # kind.thanks' 2); not the letter or the form asked about (表扬信在哪里写?, 怎么表扬),
            # a commendation denied (不值得表扬, 没什么好表扬的) or mocked (还表扬呢, 表扬个屁),
            # nor one the firm gave its own staff (被公司表彰, 受到表扬) told beside a grievance
            patterns=(
                r"(?<![受被获得到])(特此|点名|提出|给予|予以|专门|公开|要|想|必须|一定要|强烈)?"
                r"(表扬|表彰|嘉奖|赞扬)(?!信在|信怎么|信如何|信要|个屁|啥|什么|呢|吗|么|[?])",
            ),
            negations=(*PRAISE_NEGATIONS, "不值得", "不配"),
            # (忍不住表扬下, 不得不表扬: praise that cannot be held back)
            not_negations=(*PRAISE_NOT_NEGATIONS, "忍不住", "禁不住", "情不自禁"),
            question_frames=(
                *PRAISE_QUESTIONS,
                r"(怎么|怎样|如何|在哪|哪里|哪儿|到哪|去哪|找谁|向谁|能否|可以)[^,。.!?;]{0,6}"
                r"(表扬|表彰|嘉奖|赞扬)|(表扬|表彰)(信|电话|渠道|热线|方式)",
            ),
            silencers=(
                r"还(想|要|好意思)?(让人|让我|叫我)?(表扬|表彰)",
                r"表扬个屁|表扬啥|表扬什么",
            ),
            note="a commendation named (特此表扬, 点名表扬, 表彰): praise, over the thanks "
            "beside it; not asked about (表扬信在哪里写?), denied (不值得表扬) or mocked "
            "(还表扬呢)",
        ),
        Rule(
            "pr.scenery",
            kind=P,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            negated_kind=C,
            terms=_w(
                "风景秀美 风景优美 风景秀丽 风景如画 景色优美 景色宜人 景色秀丽 山清水秀 "
                "古色古香 别有洞天 别有一番 诗情画意 心旷神怡 怡神静心 赏心悦目 美不胜收 "
                "值得一去 值得一看 值得一游 值得去 值得来 必去 必游 必打卡 不要错过 不可错过 "
                "很有特色 颇有古风 很有意境 很有味道 空气好 空气清新 很清澈 挺清澈 很幽静 "
                # a thumbs-up or applause, as a whole text or beside the words (👍, 👏)
                "👍 👏"
            ),
            patterns=(
                # a recommendation to go (labelling guide, eleventh batch: 可以逛逛, 值得一去)
                r"(可以|值得|建议)(过去|过来|去|来)?(逛逛|走走|走一走|逛一逛|转转|转一转)",
                r"值得(去|来)?(看看|一看|玩玩)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="praise of a sight or a place: its scenery, its air, a recommendation to go "
            "(山清水秀, 古色古香, 值得一去, 可以逛逛); negated (不值得去) a complaint",
        ),
        Rule(
            "pr.film",
            kind=P,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            negated_kind=C,
            terms=_w(
                "感人 很感人 挺感人 太感人 真感人 感人至深 震撼 很震撼 太震撼 催泪 泪目 "
                "很有触动 触动很大 深有感触 感触很深 感触颇深 感受挺深 感受很深 过目难忘 "
                "发人深省 引人深思 值得深思 值得反思 很有教育意义 有教育意义 意义深刻 "
                "神作 佳作 好片 好电影 好剧 良心之作 良心电影 良心剧 演技好 演技很好 演技在线 "
                "演技炸裂 演技精湛 演得好 演得很好 演的很好 演得不错 演的不错 剧情好 剧情不错 "
                "拍得好 拍得很好 拍的很好 拍得不错 拍的不错 很真实 非常真实 十分真实 真实感人 "
                "眼泪哗哗 热泪盈眶 泪流满面 泪崩 哭成狗 古德"
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="praise of a film, a show or a book: moving, true to life, well acted "
            "(很感人, 震撼, 过目难忘, 演技在线, 非常真实); negated (不感人) a complaint",
        ),
        Rule(
            "pr.content",
            kind=P,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            negated_kind=C,
            terms=_w(
                "通俗易懂 浅显易懂 简单易懂 深入浅出 生动有趣 生动形象 条理清晰 条理清楚 "
                "思路清晰 逻辑清晰 逻辑清楚 讲解清晰 讲解详细 讲解细致 讲解透彻 讲得清楚 "
                "讲得好 讲得很好 讲的很好 讲得不错 讲的不错 讲得最好 讲的最好 讲课好 "
                "有条理 内容丰富 内容充实 内容详实 内容全面 丰富多彩 干货满满 新颖 "
                "收获很大 收获满满 收获颇丰 很有收获 有收获 大有收获 学到了 学到很多 "
                "受益良多 开拓了眼界 开阔了眼界 开阔眼界 开拓眼界 大开眼界 很有启发 "
                "有很大帮助 有很大的帮助 帮助很大 很有帮助 很大的提高 很大提高 提高很大 "
                "值得学习 值得一听 强烈安利 牛批 上瘾 "
                # the twenty-fourth round (a course marketplace's reviews: 干货很多, 获益良多,
                # 良心网课, 生动！易懂！好课程！, 逻辑性真强)
                "干货很多 干货多 干货十足 满满干货 满满的干货 获益良多 获益匪浅 良心网课 良心课程 "
                "良心教程 生动 易懂 好懂 好课程 好课 好教程 逻辑性强 逻辑性很强 逻辑性真强 "
                "讲的真好 讲得真好 讲的真心好 讲得真心好 牛逼 很牛逼 太牛逼 "
                # help received (the nineteenth round: 幫了我很多，謝謝 is thanks with a verdict)
                "帮了我很多 帮我很多 帮了很多 帮了大忙 帮上大忙 "
                "informative helpful useful"
            ),
            patterns=(
                # a degree word and an adjective of content, teaching or use: 很全面,
                # 非常详细, 较为全面, 太有帮助, 非常适合 (issue 13, reviews of courses and apps)
                r"(很|非常|十分|特别|超级|超|挺|蛮|相当|太|真|较为|比较|极其|格外)"
                r"(全面|详细|丰富|充实|清楚|系统|生动|有趣|有用|实用|有帮助|有条理|用心|细致|"
                r"透彻|易懂|好懂|精彩|优秀|出色|厉害|适合|有意义|有价值|受用|到位|简单)",
                # the thirty-sixth round: much learned or understood (可以学习很多料理, 能学到很多,
                # 学了不少, 明白了很多): a course's, a book's or an app's worth to the learner;
                # not a wish (想学很多, 希望学到更多) nor a question (能学到很多吗)
                r"(?<!想)(?<!希望)(?<!要)(学习?|学到|学会|收获|懂|明白)(了|到)?(很多|不少|许多|好多|蛮多|挺多)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="praise of the content, the teaching or the use of a course, a book or an "
            "app (讲解清晰, 很全面, 收获很大); negated (不够详细, 没有收获) a complaint",
        ),
        Rule(
            "pr.suits",
            kind=P,
            weight=3,
            patterns=(
                # the thirty-fifth round: the goods, a course or an app recommended to a kind of
                # user (适合新手, 适合刚入门的人看, 适合像我这样手残的妈妈, 适合家庭聚会的套餐,
                # 价钱适合学生): a verdict in favour, not a subject; 不适合新手 is none, nor a
                # question (什么样的理财产品适合家庭主妇, 有没有适合小朋友的, 适合新手吗) nor a
                # condition (也适合小白玩的话); 适用于 (适用于6-11kg) states a specification
                r"适合[^,。.!?;:…~吗么嘛]{0,12}?(新手|初学者|入门|小白|零基础|初学|刚学|"
                r"我这样|我这种|像我|我们这种|的人|的朋友|的同学|的童鞋|人群|学生|孩子|小朋友|老人|"
                r"家庭|上班族|宝宝|妈妈|女生|男生|女孩|男孩)"
                r"(?![^,。.!?;:…~]{0,8}?(吗|么|嘛|呢|\?|的话))",
            ),
            negations=(
                "不",
                "没",
                "不太",
                "并不",
                "什么",
                "哪",
                "有没有",
                "是否",
                "如果",
                "要是",
                "假如",
            ),
            window_chars=8,
            question_frames=PRAISE_QUESTIONS,
            note="the goods or a course recommended to a kind of user (适合新手, "
            "适合刚入门的人看): praise; 不适合 and a question (什么样的…适合…) are none",
        ),
        Rule(
            "pr.bare-word",
            kind=P,
            weight=2,
            patterns=(
                # the thirty-eighth round: a word of praise standing as a clause of its own, in a
                # list of the goods' qualities (苹果，脆，甜，同事也一起来买!, 用了一段时间，简单，
                # 明了, 讲得很仔细，清楚，很适合初学者, 又甜又脆): short praise in everyday words
                # (labelling guide: positive feedback), read even where no degree word goes with
                # it; a question (方便?), 不方便 and 方便的话 are no such clause
                r"(?:^|(?<=[,。.!~\s]))又?(脆|甜|香|嫩|鲜|新鲜|多汁|软糯|爽口|简单|方便|实用|清楚|明了|"
                r"轻便|结实)(又(脆|甜|香|嫩|鲜|多汁|方便|实用|轻便))?(?=$|[,。.!~\s])",
            ),
            note="a word of praise standing as a clause of its own (苹果，脆，甜): praise",
        ),
        Rule(
            "pr.minor",
            kind=P,
            weight=3,
            terms=_w(
                "美中不足 唯一不足 唯一的不足 唯一缺点 唯一的缺点 唯一的问题 唯一问题 唯一不好 "
                "唯一的遗憾 唯一遗憾 小缺点 小瑕疵 "
                # the forty-third round: the only thing not liked, or the only gripe (唯一不太好
                # 的就是耗电量大, 唯一不喜欢的就是菜偏咸, 唯一的槽点), and flaws that do not hide
                # the merit (瑕不掩瑜)
                "唯一不太好 唯一不喜欢 唯一不太喜欢 唯一的槽点 唯一槽点 瑕不掩瑜"
            ),
            # (not 唯一不满意: 不满意 is dissatisfaction, the negated 满意, never praise; the
            # thirty-fifth round: 房间干净，唯一不满意的是隔音)
            note="a shortcoming called the only one or a small one (唯一不足是…, 美中不足): the "
            "verdict around it is good (labelling guide: 还不错，就是X is praise)",
        ),
        Rule(
            "pr.mild-wish",
            kind=P,
            weight=4,
            patterns=(
                # the thirty-eighth round: a clearly positive verdict, one small fault after
                # 就是/只是/不过, and a wish that it be mended ending the text (很好用，就是有点卡，
                # 希望能改进; 挺好的，就是声音有点小，希望改进; 质量不错，就是物流慢了点，希望能
                # 改善一下): praise, the wish a satisfied customer's (labelling guide, lukewarm
                # verdicts: "很好，就是X，希望改进" → praise, proposal_criticism acceptable); not
                # 不好用，… (negated), a fault that keeps coming back (就是经常闪退: no small
                # one), nor a verdict that comes after the fault (就是卡，希望改进)
                r"^(?:(?!不|没)[^。.!?,~]){0,12}?(?<![不没])(很好|挺好|蛮好|不错|好用|满意|"
                r"喜欢|很棒|挺棒|好吃|好看|好喝|方便|干净|舒服|舒适|漂亮|实惠|划算|流畅|清晰|给力|满分|"
                r"点赞)(的|了|啊|呀)?[^。.!?]{0,12}?[,~]+(就是|只是|不过|但是?|唯一(的)?"
                r"(不足|缺点)(是|就是)?)(?:(?!经常|总是|老是|一直|每次|天天|动不动)[^。.!?,~]){1,16}[,~]+"
                r"(希望|期待|盼)(能|可以|能够)?(再)?"
                r"(改进|改善|优化|完善|加强|提高|提升)(一下|下)?(吧|哦|呀|啊|哈)?[。.!~]*$",
            ),
            # (the wish is the satisfied customer's, no proposal the text is about, nor a
            # mending of a failure that is the text's point)
            overrides=("kind.suggestion", "kind.wish", "kind.mend-this"),
            note="a positive verdict, one small fault and a wish it be mended (很好用，就是有点卡，"
            "希望能改进): praise",
        ),
        Rule(
            "pr.overall",
            kind=P,
            weight=4,
            terms=_w(
                "瑕不掩瑜 无伤大雅 可以原谅 能够原谅 基本能接受 还算能接受 基本可以接受 "
                # the thirty-fifth round: a fault the writer says can be ignored (指纹有点明显，
                # 完全可以忽略不计)
                "可以忽略 忽略不计"
            ),
            patterns=(
                # the writer's verdict on the whole, after what was wrong (总体还不错, 总的来说
                # 很满意, 整体上还可以)
                r"(总体|整体|总的来说|总的说来|总得来说|总的讲|总之|综合来看|综合来说|综合而言|总评)"
                r"(来说|而言|上|来看|感觉|感受|评价)?[,:]?(还是|还|都|挺|蛮|很|比较|算|还算|非常|十分|相当)?"
                r"(不错|满意|可以|好|行|值得|ok|ok的)",
            ),
            negations=("不", "没", "无法", "不能"),
            not_negations=("不错",),
            note="a verdict on the whole after a shortcoming (总体还不错, 瑕不掩瑜, 可以原谅): "
            "praise (labelling guide, mixed texts: the writer's bottom line decides)",
        ),
        Rule(
            "pr.rest-fine",
            kind=P,
            weight=4,
            patterns=(
                # the thirty-ninth round: the rest called fine as the text's last words, after the
                # one fault told (铺装路面噪音较大，其他方面很好; 送的赠品太差了，其他的都没问题，
                # ok; 安装有点贵，其他不错): the bottom line is in favour (labelling guide, mixed
                # texts: a verdict ending the text decides); not 其他都还好吗 (asks), nor the rest
                # praised before the fault that ends the text (其他都好，就是太吵); it stands for
                # the 挺好 inside it, so a harm or a defect told before it (房间有蟑螂，其他都
                # 挺好; 屏幕有个坏点，其他都没问题) still outweighs it
                r"(其他|其它|其余|别的)(方面|地方|的)?(都|也|还)?(很|挺|蛮|非常|都|还|算|还算)?"
                r"(好|不错|满意|没问题|没毛病|可以|挺好|很好|棒|很棒|完美|ok)(的|了|啦|啊|呀)?"
                r"[,。.!~]*(ok|好评)?[。.!~]*$",
            ),
            negations=("不", "没", "无法", "不能"),
            # (the 很好 inside it is this verdict, not a second one)
            overrides=("pr.general",),
            note="the rest called fine as the text's last words (噪音较大，其他方面很好): praise",
        ),
        Rule(
            "pr.fair",
            kind=P,
            weight=2,
            terms=_w("还可以 挺可以 很可以 蛮可以 还行 挺行 说得过去 对得起这个价 对得起价格"),
            patterns=(
                # the thirty-sixth round: the writer's own mild verdict, 可以 ending the clause
                # after 觉得/感觉 (我觉得动力可以, 我觉得干货还是可以的, 感觉效果还可以!): a verdict
                # in favour; not 不可以, nor 可以 followed by what may be done (觉得可以退货)
                r"(觉得|感觉)[^,。.!?;:…~]{0,8}(?<!不)可以(的|啊|吧|呀)?(?=$|[,。.!~;])",
            ),
            note="a mild positive verdict (issue 13: 感觉还可以吧，对得起这个价); "
            "還行吧，就是X is a complaint about X, which the contrast weighs double",
        ),
        Rule(
            "pq.degree",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                # (甜: 有点太甜了, 甜点都太甜; the thirty-eighth round)
                r"(太|偏|有点|有点儿|有些|过于|略|略微|稍微)(硬|软|咸|淡|甜|辣|腻|油|干|酸|苦|涩|柴|腥|"
                r"膻|稀|小|短|薄|窄|挤|暗|吵|重|沉|旧|脏|臭|大|长|烂|粗|难吃|难喝|难用|难看|难闻)"
                r"了?(点|一点|点儿|些)?(吧|啊|呀|了|的)?(?=$|[。,.!?;~])",
                # so salty (把菜弄那么咸？): a taste or a price under 这么/那么
                r"(这么|那么)(咸|辣|腻|油|酸|苦|涩|柴|腥|膻|难吃|难喝|难用|难闻)",
                # the twenty-sixth round: too few, too hard to find or to use, very awkward or
                # not working as it should (早餐花样太少, 越来越难找了, 操作很不方便,
                # 系统状态不正常)
                r"((太|偏|有点|有点儿|有些|过于|越来越)少|(太|偏|有点|有点儿|有些|过于|越来越|很|非常|特别|"
                r"超|超级|好|真|挺)(复杂|麻烦|难找|难懂|难操作|不方便))"
                r"了?(点|一点|些)?(吧|啊|呀|了|的)?(?=$|[。,.!?;~])",
                r"(?<![很是])不正常(?=$|[。,.!?;~])",
            ),
            negations=("不", "没", "并不", "不会"),
            note="a fault as a degree word and a plain adjective ending its clause (米饭偏硬了点, "
            "全是肉。有点干, 待机时间太短了): 太/偏/有点 make it a shortcoming",
        ),
        Rule(
            "pq.useless",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                "没啥用 没什么用 一点用也没有 一点用都没有 不管用 不起作用 没作用 没有作用 "
                "也没用 都没用 并没用 还是没用 根本没用 没用了 毫无作用 也无效 都无效 还是无效 "
                "根本无效 还是不行 依然不行 仍然不行 又坏了"
            ),
            note="no effect, or still not working (labelling guide: 还是不行, 并没用)",
        ),
        Rule(
            "kind.ack",
            kind=N,
            weight=3,
            patterns=(
                r"^(嗯+|恩+|哦+|噢+|好的|好滴|好哒|好吧|ok|okay|是的|对的|收到|了解|明白)"
                r"(好的|的|啦|了|哈|亲|呀|哦)*[。.!~]*$",
                r"^[#*]?\d{5,}[。.]?$",
                # a clause that only acknowledges: 好的，收到 / 嗯嗯，知道了 / 已签收 / 好; each
                # clause is taken once, as an atomic group would (a lookahead and its
                # backreference): 嗯嗯嗯…x is not tried in every way to split it
                r"^(?:(?=(?P<ack>(好滴|好嘞|好吧|好的?|行|可以|嗯+|哦+|噢+|okay|ok|收到了?|已收到|"
                r"知道了|明白了?|了解了?|已签收|签收了|没事了?|没问题|"
                # the thirty-eighth round: 没有问题 as a reply, as 没问题 (没有问题, 好的，没有问题
                # 了)
                r"没有问题了?)(啊|呀|哈哈|哈)?[,。.!?;~]*))"
                r"(?P=ack))+$",
                # a turn that gives data: 我的手机号是13912315678
                r"(手机号|电话|手机|号码|订单号|单号|运单号|快递单号|账号|卡号)(码)?(是|为|:)?\d{5,}",
            ),
            note="a dialogue turn that only acknowledges or gives data (labelling guide: "
            "好的, 是的, 已签收, an order or phone number): nothing to handle",
        ),
        Rule(
            "kind.own-request",
            kind=N,
            weight=4,
            patterns=(
                # a sign-up asked for with nothing asked or reported (我想办个成员全国亲情网,
                # 我要办理普通版plus会员; labelling guide, an operator's customer questions and
                # requests in a chat): nothing to handle; with a question (…怎么办) a consultation
                r"^((你好|您好)[,。.!~]*)?(我想|我要|帮我|给我)(办理|办|开通|订购)(一个|一下|个|下)?",
                # the thirty-fifth round: and so is a service ended or a person asked for with
                # nothing reported (你好，帮我退掉2个亲情网; 我想关闭自动续费; 我要转人工, though
                # sq.waiting's vote for 转人工 still ties it): the guide's requests in a chat;
                # with 怎么操作 after it a consultation, with a grievance (乱扣费) a complaint
                r"^((你好|您好)[,。.!~]*)?(我想|我要|帮我|给我|请帮我|麻烦帮我)(把)?(退订|退掉|注销|关闭|"
                r"关掉|停掉|转人工|人工客服)",
            ),
            # (the thirty-eighth round: the request is the text's own, so the learned layer,
            # which reads the greeting before it as a complaint (你好，帮我退订这个流量包), does
            # not vote on its kind)
            makes_request=True,
            note="a request to sign up or to end a service with nothing asked (我想办个…, "
            "帮我退掉…): nothing to handle",
        ),
        Rule(
            "kind.return-request",
            kind=N,
            weight=4,
            patterns=(
                # the thirty-eighth round: a return, an exchange or a refund asked for in a chat
                # with nothing wrong reported and nothing asked (申请了 麻烦退款, 那就退货吧, 我要
                # 退POS机; labelling guide, requests in a chat): nothing to handle; with a fault
                # (质量不好，想退货), a question (那就退货就行了是吧) or a wait (退款怎么还没到) the
                # text is not only the request
                # — and only a request put as a reply or politely (那就…, 好的…, 申请了, 麻烦, 帮我,
                # …吧): a bare demand (我要退货, 退钱, 要换货) stays the seed's return demand
                r"^(?=.*(好的|嗯|那就|那么|^那|^行|^可以|^哦|^ok|申请了|麻烦|请|帮我|帮忙|吧[,。.~]*$))"
                r"((你好|您好|好的|好|嗯|那|那就|那么|行|可以|哦|ok)[,。.!~]*)*我?(已经)?"
                r"(申请了?|要|想|就)?[,。.!~]*(麻烦|请|帮我|给我|帮忙)?(你|您)?(帮我|给我)?"
                # (nor in anger, 退钱!!!, nor with a fault named in the goods, 我要退这破手机)
                r"(申请|办理)?(退款|退货|换货|退掉|退)[^,。.!?;~吗么呢是需几多怎什哪要能可破烂垃坑差假坏]{0,6}?"
                r"(吧|了|一下|哈|处理)?[,。.~]*$",
            ),
            # (the refund or the return named is the request itself, no demand after a fault)
            overrides=("rx.demand", "rx.mention"),
            makes_request=True,
            note="a return or a refund asked for in a chat, nothing wrong reported: nothing to "
            "handle",
        ),
        Rule(
            "kind.menu-line",
            kind=N,
            weight=4,
            patterns=(
                # the thirty-eighth round: a chat platform's own lines — a menu choice that only
                # names a subject of consultation (返修退换货咨询, 配送咨询 你好, 售后咨询) or an
                # order card (咨询订单号:… 订单金额:…): the platform's words, nothing the customer
                # asked yet (labelling guide: chat turns that are the platform's own lines are
                # no_action); not 我想咨询一下退货 (asked in the writer's own words)
                r"^[^,。.!?;:\s我想要请问]{1,8}咨询([,。.!?;:\s]*(你好|您好))?[。.!~]*$",
                r"^咨询订单号[:\s]",
            ),
            overrides=("kind.question",),
            note="a chat platform's menu choice or order card (返修退换货咨询, 咨询订单号:…): "
            "nothing to handle",
        ),
        Rule(
            "kind.plan",
            kind=N,
            weight=3,
            patterns=(
                # the thirty-sixth round: a short turn that only says the writer will have a look
                # (我去看看, 一会看看吧, 去其他店看看, 我想看一下这套房子, 带我看下房子): a plan,
                # nothing asked nor reported (labelling guide: requests and plans in a chat are
                # no_action); not the desk asked to look (你帮我看看, 请看一下: a consultation), a
                # question (能否先看一下, 看看怎么回事), a denial (不看看) nor others told to look
                # (大家看看)
                r"^(?![^,。.!?;]*(帮|你|您|请|大家|能否|能不能|可否|可不可以|怎么|什么|哪|吗|么|呢|不))"
                r"[^,。.!?;]{0,8}(看看|看一下|看下)[^,。.!?;]{0,6}[。.!~]*$",
            ),
            note="a short turn that only says the writer will have a look (我去看看): nothing to "
            "handle",
        ),
        Rule(
            "kind.up-to-you",
            kind=N,
            weight=5,
            patterns=(
                # the thirty-sixth round: a choice left to another reader's taste or needs
                # (其他的看你喜好了, 自己选吧!, 看需求, 主要看个人驾驶习惯, 见仁见智,
                # 各有千秋): advice to other users in a discussion, nothing to handle
                # (labelling guide, forum posts: comparisons and advice to other users are
                # no_action); a fault told beside it still counts
                r"看你(自己)?的?(喜好|需求|预算|选择|个人)|(自己|你自己)(选|看着办|决定|权衡)吧|"
                r"见仁见智|因人而异|各有所好|各有千秋|各有优劣|各有利弊|看个人(喜好|需求|选择)?|"
                r"看(自己的?)?需求",
            ),
            note="a choice left to another reader's taste (看你喜好, 自己选吧, 见仁见智): advice "
            "to other users, nothing to handle",
        ),
        Rule(
            "kind.invoice",
            kind=N,
            weight=6,
            patterns=(
                # the thirty-fifth round: a short turn that gives or chooses an invoice's details
                # with nothing wrong reported and nothing asked (公司的发票, 现金 我需要发票报销,
                # 就是给我改的电子发票 应该把个人改成公司, 是的 发票物流, 有，修改发票抬头): an
                # instruction, nothing to handle (labelling guide, a shop chat: the invoice title);
                # not 发票开错了, 发票还没开, 没有发票, 能开发票吗
                rf"^{_NO_INVOICE_FAILURE}{{0,20}}(发票|抬头|税号){_NO_INVOICE_FAILURE}{{0,20}}$",
            ),
            note="a turn that gives an invoice's details, nothing wrong nor asked: nothing to "
            "handle",
        ),
        Rule(
            "kind.own-mistake",
            kind=N,
            weight=3,
            patterns=(
                # the customer's own mistake (买错了，穿不了; 颜色选错了): nothing to handle unless
                # something else is asked or reported (labelling guide)
                r"(买|拍|选|下|订)错了",
            ),
            negations=("不是", "没", "是不是", "怀疑", "以为", "还以为", "说我", "不会"),
            note="the customer's own mistake (买错了): nothing to handle",
        ),
        Rule(
            "kind.chat",
            kind=N,
            weight=8,
            patterns=(
                # a whole text of acknowledgements, thanks and greetings only, in any order:
                # 好的好的，十分感谢 / 客服在吗 / 那行没事了 麻烦你了 / 嗯，加油吧
                # (each clause taken once, as in kind.ack)
                r"^(?:(?=(?P<chat>((那|那就)?(好滴|好哒|好嘞|好吧|好的?|行|可以|嗯+|恩+|哦+|噢+|okay|ok|"
                r"haode|是的?|对的?|收到了?|已收到|我?知道了|明白了?|了解了?|没事了?|没问题|加油|"
                # the thirty-eighth round: 没有问题 as a reply, as 没问题 (嗯，没有问题，谢谢)
                r"没有问题)|"
                r"((十分|非常|万分)?(谢谢|感谢|多谢)(你|您|啦|了|亲)*|麻烦(你|您)?了|辛苦(你|您)?了|"
                r"(你|您)好|(客服|亲)?在(吗|么|不在|嘛)(?!\?)|亲|再见|拜拜|晚安|早上好|下午好|晚上好)|"
                # the thirty-sixth round: short reactions, a wait agreed to, an offer declined, a
                # purchase made (嘿嘿, 原来如此, 晓得了, 好的，我再等等, 等你消息, 不用了,
                # 已经买了): chat with nothing asked or reported
                r"(嘿嘿|嘻嘻|哈{2,}|原来如此|原来是这样|懂了|晓得了|(我|那我)?(再)?等等|"
                r"(我|那我)?等(你|您)的?(消息|回复|通知)|不用了|(我|我已经|已经)买(了|好了)))"
                r"(啊|呀|哈哈|哈|哦|啦|吧|呢|了)*[,。.!?;~、]*))(?P=chat))+$",
            ),
            note="a text that only acknowledges, thanks or greets (好的好的，十分感谢, 客服在吗, "
            "那行没事了，麻烦你了): nothing to handle, whatever the learned layer reads; 在吗？ "
            "with its question mark stays a question (你好，在吗？)",
        ),
        Rule(
            "kind.thanks",
            kind=N,
            weight=2,
            terms=_w(
                # (not 你好/您好: the thirty-eighth round — a greeting that opens a question or
                # a report (你好！航班行李限额是多少, 您好，我的卡被扣费了) is its politeness, not
                # its point; a greeting alone is kind.chat's)
                "谢谢 感谢 多谢 辛苦了 辛苦 嗯嗯 知道了 明白了 哈哈 再见 "
                "拜拜 晚安 早上好 thanks thank hello "
                # folded hands: thanks (or please) with nothing asked
                "🙏"
            ),
            negations=("不用", "不要", "别"),
            # (the forty-seventh round: 特别感谢 is thanks in a word of degree, no 别 before it)
            not_negations=("特别", "是不是", "有没有", "不是吗", "无论", "没想到", "不知道"),
            # the forty-seventh round: bitter thanks — thanks beside a deed the firm denied or a
            # sarcasm (谢谢你们的客服，一直不帮我处理; 这服务真是没谁了，谢谢你们啊) is no
            # acknowledgement but a grievance (labelling guide: a complaint), so the thanks
            # weighs nothing there; plain thanks (谢谢客服耐心解答) keeps its vote
            silencers=(
                r"(?<![给要能可会帮肯愿])(不|不肯|不愿|不愿意)(给|帮)(我|我们)?(忙)?(换|退|处理|解决|装|"
                r"修|回复|答复|办)|没人(管|理|处理|回复)|没谁了|真有你们的|真服了你们|服了你们",
            ),
            note="thanks, greetings, chit-chat: nothing to handle",
        ),
        Rule(
            "kind.own-hope",
            kind=N,
            weight=3,
            patterns=(
                # the thirty-eighth round: a hope for the writer's own luck, delivery or health
                # (希望今天能收到, 好久没有接触代码了，希望可以找到感觉, 希望早日康复, 希望考试顺利
                # 通过): no proposal to the firm (labelling guide: a suggestion proposes an
                # improvement), nothing to handle unless something else is said; not 希望以后不要
                # 收到这样的书 (what was wrong this time), nor 希望你们尽快发货 (the firm urged)
                r"(?<!不)希望(我|自己|我们)?(今天|明天|后天|这周|早日|早点|尽早|快点|下次|以后)?"
                r"(能|可以|能够)?(顺利)?(收到|到货|康复|早日康复|痊愈|找到感觉|学会|学好|学有所成|考过|"
                r"通过|一切顺利|好运|越来越好)(?![^,。.!?;]{0,4}(不|没))",
            ),
            overrides=("kind.wish",),
            note="a hope for the writer's own luck, delivery or health (希望今天能收到, "
            "希望早日康复): no proposal",
        ),
        Rule(
            "kind.pending",
            kind=N,
            weight=3,
            terms=_w(
                "还没用 还没有用 还没使用 还没有使用 还没吃 还没有吃 还没喝 还没穿 还没试 还没有试 "
                "还没装 还没安装 还没拆 还没打开 还没看 还没来得及 没来得及 用了再 用后再 用过再 "
                "使用后再 吃了再 看完再 再来评价 再评价 再追评 追加评论 再来追评 习惯好评 默认好评 "
                # the forty-first round: the review put off in other words (安装后再评论, 吃了再来
                # 评论, 后续安装后再评)
                "再评论 再来评论 后再评 "
                "notusedyet haventtried"
            ),
            note="no verdict yet (还没用, 用了再来评价, 习惯好评): nothing to handle unless "
            "something else is said",
        ),
        Rule(
            "kind.placeholder",
            kind=N,
            weight=6,
            terms=_w(
                "未填写评价内容 未及时填写评价内容 系统默认评价 系统默认好评 用户未填写评价 "
                "没有填写评价 该用户未做出评价"
            ),
            overrides=("pr.delivery", "pr.general", "pr.goods"),  # 及时 in 未及时填写
            note="a shop's placeholder for a buyer who wrote nothing (此用户未填写评价内容, "
            "系统默认好评): nothing to handle, whatever the words around it lean to",
        ),
        Rule(
            "kind.referral",
            kind=N,
            weight=6,
            patterns=(
                # the thirty-fifth round: a referral code handed out for a sign-up reward
                # (输入我的邀请码DZMTX9, 邀請碼：6TDEUN, P85526邀请码, 推荐码是FPAPA6,
                # invitation code AM4GB7): advertising by a user, nothing to handle whatever
                # praise it holds (labelling guide: advertising is no_action); 邀请码 named as a
                # subject (用邀请码需要指定店铺, 邀请码用不了) is none
                r"(邀请码|推荐码|邀请代码|推荐代码|invitationcode|referralcode|promocode)"
                r"(是|为)?[:,\s]*[\"'“”「」]?[a-z0-9]{4,}",
                r"(?<![a-z0-9])[a-z0-9]{4,}[\"'“”「」]?[:,\s]*(邀请码|推荐码)",
                r"((输入|填写|填上|填|入)(我的|我)?|用我的?)(邀请码|推荐码|invitationcode|referralcode|"
                r"promocode)",
                # the thirty-ninth round: a discount code or the writer's own code handed out
                # so (用我验证码B5KEX5, 优惠码:3985DYJ5); a code that fails (验证码收不到,
                # 优惠码用不了) is none
                r"用我的?(验证码|邀请链接|优惠码)|(优惠码|优惠代码)(是|为)?[:,\s]*[\"'“”「」]?[a-z0-9]{5,}"
                r"(?![^,。.!?;]{0,6}(用不了|不能用|无效|失效|不行|错误|过期))",
            ),
            overrides=("pr.general",),  # 推荐 in 推荐码 recommends nothing
            note="a referral code handed out for a reward (输入我的邀请码XXXX): advertising, "
            "nothing to handle",
        ),
        Rule(
            "pr.degree-good",
            kind=P,
            weight=3,
            patterns=(
                # the fortieth round: a bare 好 (or nb, 牛) as the verdict under a degree word
                # pr.general does not list (老师特别好, 介绍的真好, 课是一如既往的好, 非常非常的好,
                # 宇宙行就是nb): praise (labelling guide: positive feedback); only where the
                # clause ends after it (not 特别好吃, 真好笑, 就是好贵), not 真nb (sarcasm:
                # 你是真nb啊); negated (没有特别好: lukewarm, no verdict) it says nothing
                # (the fix after the fortieth round: 就是好 with a fault after it in the sentence is
                # sarcasm, 你们的客服就是好，一个问题问三遍都没人回)
                r"((特别|真|超|真心|实在|相当|格外|一如既往(的|地)?|非常非常(的)?|真的是|是真的)"
                r"好(极了)?|就是好(极了)?(?![^。.!?]{0,30}(没|不|差|慢|烂|坑|骗|投诉|垃圾)))"
                r"(?=$|[,。.!?;~…了啊呀哦哈！\s])",
                r"(非常|特别|超|超级|相当)(nb|牛逼|牛b|牛)(?=$|[,。.!?;~…了啊呀哦哈！\s])|"
                r"就是(nb|牛逼|牛b|牛)(?=$|[,。.!?;~…了啊呀哦哈！\s])"
                r"(?![^。.!?]{0,30}(没|不|差|慢|烂|坑|骗|投诉|垃圾))",
                # ... and a subject called good too (态度也好, 服务又好, 老板人也好: 也 joins it to
                # the praise before), not 也好不到哪去 (the clause goes on), nor 「X也好，Y也好」
                # ("whether X or Y": 服务也好，质量也好，都比不上以前了)
                r"(?<!也好,)(?<!都好,)(态度|服务|质量|味道|环境|效果|技术|手艺|人品|人)(也|都|又|一直)好"
                r"(?=$|[,。.!?;~…了啊呀哦哈！\s])(?![^。.!?]{0,20}(也好|都(比不上|不如|不|没|差)))",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            window_chars=4,
            question_frames=PRAISE_QUESTIONS,  # 请问这个老师是不是特别好 asks
            note="a bare 好 (nb, 牛) under a degree word (老师特别好, 一如既往的好, 就是nb): "
            "praise",
        ),
        Rule(
            "kind.how-proc",
            kind=Q,
            weight=3,
            patterns=(
                # the fortieth round: how to do an account's or an order's step, asked without a
                # question mark (花呗分期如何一次性还款, 怎么样提前还清, 如何更改还款日, 怎么才能
                # 解绑银行卡): a consultation (labelling guide: learning how to do something),
                # the steps kind.how-to does not list (and where kind.how's 还 look-alike
                # after it, 怎么还没, silences that rule); not a step that failed
                # (怎么绑定不了, 怎么提现不出来, 怎么查都没用: a complaint's question)
                r"(怎么|如何|怎样|咋么?)(样)?(才能|才可以|能|可以|能够|去)?(一次性|提前)?"
                r"(还清|还款|更改|更换|修改|查询|查看|取消|关闭|解绑|绑定|注册|登录|登陆|下载|充值|"
                r"提现|转账|付款|支付|预约|兑换|领取|提额|激活|升级|删除|退出|报名|购买|投保|续费|"
                r"挂失|补办|找回|开启|打开|进入|获得|计算)(?!了|不|没)"
                r"(?![^,。.!?;]{0,4}(不了|不出|不到|不上|没用|都没|也没|总是?提示|一直|老是|还是|失败|错误|"
                r"显示))",
            ),
            note="how to do an account's or an order's step (如何更改还款日, 怎么才能解绑): "
            "a consultation",
        ),
        Rule(
            "kind.peer-reply",
            kind=N,
            weight=4,
            patterns=(
                # the fortieth round: a forum reply to another user, not to the firm (楼主的油耗
                # 不是这么算的, 同感，性能是第一, 说的极是, 个人看法，仅供参考): general talk not
                # addressed to the seller is nothing to handle (labelling guide: no_action),
                # whatever fault of a product it discusses; not in a sentence that asks (楼主，这
                # 块玻璃有具体型号吗, 楼主这车落地多少钱, 楼主你好，请问…: a question to the
                # other user, a consultation), looked for in the forty characters after it
                # only (a look to the text's end would be tried at every match), nor where the
                # writer reports the same problem as their own (我的也是, 我的车也: a complaint)
                # (bare agreement, 说的对 or 同感 with no 楼主, opens a review too: not before a
                # verdict or a fault, 说的对，这家外卖送得太慢了)
                # (one match for a run of them, 楼主楼主…: each match is looked after once)
                r"(?<!楼主)(?<!层主)(?<!同感)(?<!参考)(?<!极是)(?<!的对)(?<!得对)(?<!没错)(楼主|层主|(?<![a-z])lz(?![a-z])|仅供参考|"
                rf"(同感|(说的|说得)(极是|对|很对|没错))(?![^。!?]{{0,40}}(?:{_EVALUATIVE})))"
                r"(?![^。!?]{0,40}(?:\?|吗|请问|想问|问下|问一下|多少|几点|几号|几时|多久|哪|怎么|咋|"
                r"我的也|我的车也|我家的也|我也遇到|我也是这样))",
            ),
            note="a forum reply to another user (楼主, 同感, 说的极是, 仅供参考): nothing to "
            "handle",
        ),
        Rule(
            "kind.advice-given",
            kind=N,
            weight=1,
            patterns=(
                # the fortieth round: advice a doctor or a member of staff gave the writer (王医生
                # 提出合理的治疗建议, 给了很宝贵的建议, 谢谢医生诊断及建议, 主任建议我们住院检查):
                # the 建议 is theirs, told, not the writer's proposal to the firm (labelling
                # guide: a suggestion proposes an improvement); a weak vote of its own, the
                # praise or the question around it decides. Not advice asked for (请医生给我一些
                # 治疗上的建议: kind.medical's), nor the writer's own (建议医院增加挂号窗口)
                r"(医生|大夫|主任|老师|教授|专家|医师|护士|律师|客服|师傅|店员|导购|经理)"
                r"[^,。.!?;:]{0,6}?(?<!希望)(?<!请)(建议(我|我们|你|患者|病人|孩子|家长|他|她)|"
                r"建议(?=(手术|住院|复查|检查|保守治疗|吃药|服药|观察|休息|静养))|的建议)",
                r"(给了|给出|提出|提了|给予了|给的|提供了)[^,。.!?;:]{0,8}建议(?![吗?])",
                r"(诊断|解答|指导|讲解)(及|和|与|加)建议",
            ),
            overrides=("kind.suggestion",),
            note="advice a doctor or staff gave the writer (提出合理的治疗建议, 给了很宝贵的建议): "
            "told, no proposal",
        ),
        Rule(
            "kind.car-talk",
            kind=N,
            weight=1,
            patterns=(
                # the fortieth round: a car's specifications, fuel use and upkeep talked over
                # (13款2.5自吸平均油耗7.0, 起步不要大脚油门，油耗就低了, 换的是道达尔机油, 全时
                # 四驱跟适时四驱没法比): the labelling guide's neutral statements (今天提车了, 这车
                # 是去年买的) are nothing to handle; a weak vote of its own, so a fault, a
                # verdict or a question told beside it decides (刹车失灵, 油耗太高, 油耗多少？)
                # (not where a fault, a failure or a question follows in the clause: 发动机异响,
                # 涡轮增压机漏油, 油耗不好控制, 变速箱挂入P挡的提示, 改变轮胎型号违法吗), nor
                # in a text with a verdict or a fault anywhere in it (变速箱换挡顿得厉害, 底盘松
                # 散，过坎咯噔咯噔, 油耗百公里12个，太费油了): the only kind vote of a short
                # complaint, it would outvote the complaint the text tells
                r"(油耗|发动机|变速箱|四驱|两驱|底盘|提车|排量|涡轮|自吸|扭矩|悬挂|轮胎|机油|试驾|百公里|"
                r"公里数|4s店)(?![^,。.!?;]{0,10}(异响|响|漏|不稳|抖|故障|问题|毛病|坏|烧|失灵|提示|"
                r"亮|熄火|顿挫|严重|不好|太高|偏高|高了|差|不行|违法|拒赔|吗|\?|修|拆|骗|蒙))",
            ),
            # (nor in a text that tells a deal broken or a fault found at the dealer: 合同写明…
            # 才能提车, 说送脚垫…提车了什么都没有, 检查说正常，可明明之前不是这样)
            silencers=(_EVALUATIVE, _CAR_GRIEVANCE, _R44D_MONEY_SHORT),
            note="a car's specifications, fuel use and upkeep talked over (油耗7.0, 全时四驱): "
            "a weak vote for nothing to handle",
        ),
        Rule(
            "kind.chat-request",
            kind=N,
            # (over a problem rule's word the step names: 帮我把订单取消吧 cancels no order of
            # the shop's, sc.missing's 订单取消)
            weight=4,
            patterns=(
                # the fortieth round: a short chat turn that agrees and tells the desk the next
                # step, or asks it to take one, with nothing wrong reported (好的帮我取消吧, 那就
                # 拆分发货吧, 哦哦那改过来就行, 那就给我纯白的吧, 给我一个地址吧): the labelling
                # guide's requests in a chat are nothing to handle; not one that asks (那就退货就
                # 行了是吧, 可以取消吗: a consultation) nor one with a fault or a refusal in it
                # (不, 没: 不要了, 没收到就给我退了吧)
                r"^(?=[^。!?]{0,24}[。.!~]*$)(?:(好的?|好吧|嗯+|哦+|行|那就|那|对|亲)[,\s]*|"
                # (nor urging, 麻烦快点发货吧, 帮我催一下吧: waiting reported, a complaint; nor
                # bargaining, 亲，返6元吧, 那就便宜一点吧: a consultation)
                r"(?=(你|您)?(帮我|给我|帮忙|麻烦)))"
                r"(?![^。!?]{0,16}(催|快点|快些|尽快|赶紧|赶快|急|便宜|优惠|返[0-9]|少点|少一点|减|包邮|打折))"
                r"[^。!?吗么不没]{0,16}(?<!是)"
                r"(吧|就行|就好了|就可以了)(了|啦|哈|亲)*[。.!~]*$",
            ),
            note="a short chat turn telling or asking the desk's next step, nothing wrong "
            "reported (好的帮我取消吧, 那就拆分发货吧): nothing to handle",
        ),
        Rule(
            "kind.interest-opener",
            kind=N,
            weight=4,
            patterns=(
                # the fortieth round: a chat's opener that only names the estate or the house the
                # writer is looking at (您好，我正在看X的房子, 您好，我想咨询X小区, 我对X的房子挺感
                # 兴趣的, 我一直在看房子): the labelling guide's openers naming an estate or an
                # interest are nothing to handle; an opener asking for one item (我想了解X的
                # 房源报价, X小区的房子多少钱) is a consultation and no such opener
                r"^((你好|您好)[,!~。]*)?我?(正在看|在看|一直在看|想咨询|想了解一下|想了解|对)"
                r"[^,。!?吗]{0,16}(房子|小区|房源|楼盘)#?(挺|很|比较|非常)?(感兴趣的?)?[。.!~]*$",
                r"^((你好|您好)[,!~。]*)?我?对[^,。!?吗]{1,16}(挺|很|比较|非常)感兴趣的?[。.!~]*$",
            ),
            overrides=("kind.question",),
            note="a chat's opener naming only the house or estate of interest (您好，我正在看X的"
            "房子): nothing to handle",
        ),
        Rule(
            "kind.place-told",
            kind=N,
            weight=1,
            patterns=(
                # the fortieth round: a place described as a guidebook does (又称小瀛洲，被誉为西湖
                # 第一胜境; 胡雪岩故居也在不远; 孤山馆主要是有皇帝行宫遗址): the
                # labelling guide's neutral descriptions with no verdict are nothing to handle;
                # a weak vote of its own, so a verdict or a fault beside it decides (景区很美,
                # 景区门票太贵); not in a text with a verdict anywhere in it (纪念馆里人太多了，
                # 挤得要命: the only kind vote of a short complaint)
                r"位于|始建于|被誉为|又称|得名|建于|遗址|故居|古迹|名胜|景点|景区|博物馆|纪念馆",
            ),
            silencers=(_EVALUATIVE,),
            note="a place described as a guidebook does (位于, 又称, 被誉为, 遗址): a weak vote "
            "for nothing to handle",
        ),
        # the forty-ninth round: a sight or a thing called beautiful in the bare word 美
        Rule(
            "pr.beautiful",
            kind=P,
            weight=2,
            negated_kind=C,
            patterns=(
                # the forty-ninth round: a sight, a dress or a photo called beautiful in the bare
                # word under a degree word or in a set phrase (太美了, 真的好美, 风景超美, 水好山
                # 好！一个字美！, 美美的, 美翻了, 美哭了): the writer's verdict, praise; negated (不
                # 太美, 没那么美, 一点都不美) a complaint; asked (美吗？) nothing; not the word
                # inside a name or another word (美团, 美国, 美元, 美的空调, 美食, 美容, 美术,
                # 美颜: a letter after it that makes a word), nor a price called so in jest
                # (价格很美: the forty-fifth round's 价格也很美丽)
                r"(?<!价格)(?<!价格也)(?<!价格都)(?<!价钱)(?<!价钱也)"
                r"(太|很|好|真|超|超级|挺|蛮|非常|特别|十分|相当|贼|巨|最|真的|一个字|两个字)"
                r"(美|美美)(?![团国元式甲容颜发术食味金妆甲女男人少眼景丽好观妙化中洲东西南北股])",
                r"美美(的|哒|嗒)|美(翻|哭|爆|炸|呆)(了|啦)",
            ),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            # (a fault told anywhere in the text: the bare word is too weak a verdict to
            # outweigh it, and the other votes decide — 景色挺美，…时间安排的不太合理，时间太少了)
            silencers=(
                r"不太|不够|太(少|多|贵|慢|长|短|差|吵|挤|小|累|热|冷|晒|远|乱|脏|贵)|过(慢|贵|长|短)|"
                r"一般|差|坑|失望|不合理|老化|可惜|但是|可是|不过|就是",
            ),
            note="a sight or a thing called beautiful in the bare word (太美了, 一个字美, 美翻了): "
            "praise; negated (不太美) a complaint",
        ),
        # the forty-ninth round: a learner's gain, told as something understood or mastered
        Rule(
            "pr.learned",
            kind=P,
            weight=3,
            negated_kind=C,
            patterns=(
                # the forty-ninth round: what the learner came away with, told with its object
                # or amount (明白一些理论基础, 弄懂了不少原理, 跟着老师摸出一些东西了, 全在这里补
                # 上了, 涨知识了, 收获了想要的知识): a course's learner's verdict, praise (the
                # labelling guide's courses); negated (学了半年也没长见识, 没弄懂一些基础概念) a
                # learner's difficulty, a complaint; not 明白了 alone (a chat's "I see": no
                # amount nor object after it), nor a question (学会了吗？)
                r"(学会|明白|弄懂|搞懂|弄明白|搞明白|看懂|听懂|掌握|理解|懂)(了)?(很多|不少|一些|许多|好多|"
                r"一点|些)(的)?(理论|知识|原理|道理|基础|东西|技巧|方法|内容|概念|门道)?",
                r"摸(出|到|清)(了)?(一些|一点|些|点|不少)?(东西|门道|规律|窍门)",
                r"(都|全|全都)在[^,。.!?;~]{1,8}(补上了|补回来了|学到了|学会了)",
                r"(涨|长)(了)?(不少|很多)?(知识|见识|姿势)(了|啦)?",
                r"收获(了|到)[^,。.!?;~]{0,10}(知识|东西|技能|方法|经验)",
            ),
            negations=PRAISE_NEGATIONS + _w("如果 要是 假如 希望 想 能不能 能否"),
            not_negations=PRAISE_NOT_NEGATIONS,
            question_frames=PRAISE_QUESTIONS,
            note="a learner's gain told with its object (明白一些理论基础, 摸出一些东西了, "
            "涨知识了): praise; negated (学了半年也没长见识) a complaint",
        ),
        # ---- return / exchange: D10 二 3.2 (R-CMP-03, R-CMP-10) -----------------------------
        Rule(
            "rx.sediment",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=4,
            terms=_w(
                "沉淀 悬浮物 漂浮物 絮状 浑浊 混浊 杂质 白东西 渣子 沉底 变浑 不透亮 "
                "sediment suspended cloudy floating"
            ),
            patterns=(r"(飘|漂|浮)(着|了)?\S{0,6}(东西|物|渣|絮|丝|颗粒)",),
            negations=NEGATIONS,
            note="sediment or suspended matter: returnable (D10 二 3.2)",
        ),
        Rule(
            "rx.storage",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=4,
            terms=_w(
                "发霉 霉点 长霉 霉变 霉斑 长毛 瓶盖 扭断 渗漏 漏酒 漏出 渗出 漏液 渗酒 "
                "mould mold leak leaking cap"
            ),
            patterns=(
                r"漏了\d+瓶",
                r"瓶口\S{0,3}(漏|渗)",
                r"盖子(断|坏|拧)",
                r"往外(渗|漏|冒)",
                r"(酒|瓶)\S{0,2}(漏|渗)了",
            ),
            negations=NEGATIONS,
            # the forty-eighth round: D10's storage defects are a drink's or a packaged food's
            # (labelling guide); mould or a leak in an appliance, a home, clothes or furniture
            # (洗衣机门封圈发霉, 墙面发霉, 衣柜里的衣服长霉) is the thing's own quality
            silencers=(
                r"洗衣机|冰箱|空调|热水器|净水器|洗碗机|门封|密封圈|胶圈|墙|天花板|吊顶|地板|"
                r"衣柜|衣服|鞋|床垫|沙发|窗帘|柜子|卫生间|浴室|水管|管道|屋顶|房顶",
            ),
            note="mould, caps, leaks: storage or 15-day rule (D10 二 3.2)",
        ),
        Rule(
            "rx.demand",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=6,
            patterns=(
                # (the forty-fourth round: not a number, a card, a seat, a room, a contact, an
                # insurance type or a person changed — 要换手机号码, 不想换卡, 能不能换险种, 换一个
                # 电话号码, 不让换病房 — which return no goods; nor a worker fired, 赶紧辞退; nor
                # a code, points or money exchanged — 请问兑换码怎么用, 我要兑换积分, 想换外币)
                # (nor a lease or a stay ended — 请问退租流程, 我要退宿: the contract's end, no
                # goods sent back, desk.deposit's — nor leaving, retiring or a fever brought
                # down: 想问下退出登录, 退休, 退烧, 退役, 退伍)
                r"(?!要是)(要求|我要|申请|给我|给我们|必须|想|要|请|得给|赶紧)\S{0,2}(?<!辞)"
                r"(退(?!租|宿|出|休|烧|役|伍)|"
                r"(?<![兑旧])换(?![成为]|(一个|一张|个|张)?((手机)?号|卡|险种|座|位置|位子|电话|联系|密码|地址|收货|"
                r"收件|人|房|病房|绑定|外币|美元|美金|港币|港元|日元|欧元|英镑|零钱)))"
                r"(货|款|钱|掉|车|一|个|新|回|了)?",
                r"(退|换)\S{0,2}给我",
                r"(钱|款)\S{0,6}(退|还)给我",
                # give me back my 88 yuan (还我88, 还我钱; the twenty-first round)
                r"还我(钱|\d+)",
            ),
            terms=_w(
                "iwantarefund refundme wantarefund moneyback fullrefund returnit takeitback "
                "wanttoreturn wanttoexchange 退钱 包退"
            ),
            negations=("不是", "不用", "不想", "无需", "需", "能", "可以", "是否"),
            describes_problem=False,
            question_frames=QUESTION_FRAMES,
            later_frames=PROCEDURE_FRAMES,
            note="a return, exchange or refund asked for (a demand, not a problem); inside a "
            "question (请问退货…？) only its subject",
        ),
        Rule(
            "rx.refused",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=6,
            patterns=(
                # (the forty-eighth round: 能不能换 asks, refuses nothing)
                r"(不给|不予|拒绝|不肯|不让|(?<!能)不能|无法)(我|我们)?(完成)?(退|"
                r"换(?![成为]|(一个|一张|个|张)?((手机)?号|卡|险种|座|位置|位子|电话|联系|密码|地址|收货|"
                r"收件|人|房|病房|绑定)))",
                r"(退|换)货\S{0,4}(被拒|没人|一直)",
            ),
            negations=("不是", "不用", "不想", "无需", "需", "能", "可以", "是否"),
            question_frames=QUESTION_FRAMES,
            later_frames=PROCEDURE_FRAMES,
            note="a return, exchange or refund refused or left unhandled: a problem with the "
            "return itself",
        ),
        Rule(
            "rx.mention",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=3,
            patterns=(
                # (换车 not as changing to another car: 换车的时候本来想买霸道, 换车型, 换车难 —
                # the thirty-sixth round; 要求换车 is ``rx.demand``'s)
                r"(退|换)(货|款|钱|掉|单)|退车|换车(?!型|的时候|时|难)",
                r"退换",
                # (nor 以旧换新的 — a trade-in, the forty-eighth round)
                r"(?<![兑旧])换(一台|一个|一件|一双|一箱|一瓶|新的|个新)(?!(手机)?号|电话|联系|座|位置|地址|收货|"
                r"收件|人|房)",
                r"不(想)?要了",
            ),
            terms=_w(
                "refund return exchange 退回来 退回 退给 换新 调换 退订 退费 没到账 returned "
                "refunded"
            ),
            # the forty-sixth round: nor a return the customer will not bother with (懒得退货了,
            # 不打算退): the complaint is about what was wrong, not a return (labelling guide:
            # return_exchange is a return demanded or handled)
            negations=(
                "不是要",
                "不用",
                "不想",
                "无需",
                "懒得",
                "懶得",
                "懒的",
                "不打算",
                "没打算",
            ),
            question_frames=QUESTION_FRAMES,
            later_frames=PROCEDURE_FRAMES,
            note="a return, exchange or refund mentioned; inside a question only its subject",
        ),
        Rule(
            "rx.topic",
            category=Category.RETURN_EXCHANGE,
            weight=2,
            patterns=(
                r"(能|可以|可不可以|能不能|怎么|咋|如何)(退|"
                r"换(?![成为]|(一个|一张|个|张)?((手机)?号|卡|险种|座|位置|位子|电话|联系|密码|地址|收货|"
                r"收件|人|房|病房|绑定)))",
                r"退吗",
                r"退不退",
                # a policy cancelled, a ticket or a course given back for its money (退保, 退票,
                # 退课: the labelling guide's finance and transport, return_exchange first) — the
                # subject only, no complaint (怎样办理退保); not a deposit (退保证金 is
                # desk.deposit's or rx.demand's)
                r"退保(?!证|洁|安)|退票|退课",
                r"七天无理由",
                r"7天无理由",
                r"无理由退",
            ),
            note="asking about returns",
        ),
        Rule(
            "kind.return-question",
            kind=Q,
            weight=2,
            patterns=(
                r"(能|可以|可不可以|能不能|怎么|咋|如何)(退|"
                r"换(?![成为]|(一个|一张|个|张)?((手机)?号|卡|险种|座|位置|位子|电话|联系|密码|地址|收货|"
                r"收件|人|房|病房|绑定)))\S{0,6}(吗|不|呢|\?)",
            ),
            negations=("不", "没", "为什么", "为啥", "凭什么"),
            window_chars=2,
            note="a question how or whether to return (能换个码不): a consultation form",
        ),
        Rule(
            "kind.can-it-be-done",
            kind=Q,
            weight=2,
            patterns=(
                # whether an order, an address or a date can be changed (可以取消订单吗?, 能改下
                # 取货日期吗, 能不能更换收货地址?; labelling guide, requests in a chat: asking
                # whether it can be done is a consultation; the twenty-fourth round)
                r"(能|可以|可不可以|能不能|能否|可否)(帮我|给我)?(取消|修改|更改|改一?下?|更换|延期|推迟|"
                r"暂停|撤销|拆分|合并)\S{0,8}(吗|么|不|呢|\?)",
                # the forty-fourth round: 能不能, 可不可以, 能否, 可否 ask by themselves, so a
                # date put off or a change made for the writer needs no particle at its clause's
                # end (积分快过期了能不能延期, 订单可否推迟两天发货, 能不能帮我改一下地址): a
                # consultation; not 能 or 可以 alone (可以延期 tells), nor a change proposed to the
                # firm (能不能取消这个功能, 能否修改一下界面: no 帮我/给我, a suggestion), nor the
                # 不能 of a refusal (为什么不能取消: negated)
                r"(可不可以|能不能|能否|可否)((帮我|给我)(取消|修改|更改|改一?下?|更换|延期|推迟|"
                r"暂停|撤销|拆分|合并)|延期|推迟|改期|顺延)[^,。.!?;:~\s]{0,8}?(啊|呀|呢|哈|亲)?"
                r"(?=$|[,。.!?;~])",
            ),
            negations=("不", "没", "为什么", "为啥", "凭什么"),
            window_chars=2,
            # (取消订单 asked about is no order cancelled on the customer; the learned layer
            # would read the order's words as a complaint; the forty-fourth round: nor is
            # 能不能帮我改一下 asked for one's own order a proposal to the firm)
            overrides=("sc.missing", "kind.suggestion"),
            makes_request=True,
            # the forty-fourth round: not a change asked for in a grievance (能不能延期交房啊，
            # 开发商一直拖; 能不能推迟发货，你们已经拖了一周了; 能否延期？都怪你们系统出错): the
            # delay or the fault told is the firm's, the question is the writer's reproach
            silencers=(
                r"(?<!别)(?<!不要)拖(?![鞋把地车布])|一拖再拖|迟迟|都怪|怪你们|凭什么|一再|"
                r"你们(的)?(系统|平台)?(出错|搞错|弄错)|(系统|平台)(出错|搞错|弄错)|(一直|还)(没|不)"
                r"(给|发|到|处理|解决|交)|说话不算",
            ),
            note="a question whether an order, an address or a date can be changed "
            "(可以取消订单吗): a consultation form",
        ),
        Rule(
            "kind.can-i-have",
            kind=Q,
            weight=4,
            patterns=(
                # the thirty-eighth round: whether the seller will do something for the writer's
                # own order, asked by 能不能/可不可以/能否/可否 with or without a question mark
                # (能不能便宜一点, 可不可以包邮, 能否开发票, 能不能开个发票, 可否送货上门, 能不能
                # 发顺丰): a consultation (labelling guide, requests in a chat: asking whether it
                # can be done), not a proposal to the firm (能不能把字体改大一点, 能否增加夜间
                # 模式) nor the 不能 of a refusal; 为什么不能开发票 stays a complaint
                r"(能不能|可不可以|能否|可否|是否可以|是否能)(再|给我|帮我|给|帮忙)?"
                r"(便宜|优惠|少算|打折|打个折|包邮|免运费|抹零|开(个|张|一张)?(发票|收据)|开票|"
                r"送货上门|上门(安装|取件|取货)?|发顺丰|走顺丰|加急|早点发|今天发|明天发|先发货|"
                r"送个赠品|送点|多送)",
            ),
            negations=("不", "没", "为什么", "为啥", "凭什么", "怎么"),
            window_chars=3,
            # (开个 in 能不能开个发票 proposes nothing to the firm; the invoice asked about is no
            # invoice detail given)
            overrides=("kind.suggestion", "kind.invoice"),
            makes_request=True,
            note="a question whether the seller will do something for the writer's own order "
            "(能不能便宜一点, 能否开发票): a consultation",
        ),
        # ---- everyday problems in food delivery, hotels and online shopping (issue 13) -----
        Rule(
            "sq.not-good",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=3,
            patterns=(
                r"(服务|态度|服务态度)(很|太|非常|特别|实在|真的|也)?(不太|不怎么|不是很|不够|不)"
                r"(好|行|满意|周到|热情|到位|专业|友好|耐心)",
            ),
            note="a service or attitude that is not good (服务不太好, 态度不好)",
        ),
        Rule(
            "pq.not-good",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                r"(质量|味道|口感|效果|做工|音质|画质|环境|卫生|设施|东西|菜|饭|房间)"
                r"(很|太|非常|特别|实在|真的|也)?(不太|不怎么|不是很|不够|不)(好|行|怎么样|新鲜|干净)",
            ),
            note="goods, food or a room that are not good (质量不太好, 味道不怎么样, 卫生不干净)",
        ),
        Rule(
            "pq.food",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                "凉了 冷了 都凉 全凉 凉透 凉的 冰凉 冰冷 不热 生的 没熟 夹生 不熟 半生 太咸 咸死 "
                "好咸 很咸 超咸 齁咸 太淡 没味道 太油 油腻 太辣 太甜 馊 糊了 焦了 太硬 分量少 "
                "量少 太少了 份量少 分量太少 量太少 有头发 头发丝 有虫 虫子 苍蝇 蟑螂 异物 洒了 "
                "撒了 汤洒 漏汤 洒出来 压扁 压坏 变形了 不新鲜 发臭 臭了 "
                "拉肚子 吃坏 肚子疼 上吐下泻 腹泻 食物中毒 "
                "量小 量太小 量很小 量好小 分量小 份量小 饭量小 菜量少 不够吃 少的可怜 少得可怜"
            ),
            patterns=(
                r"(吃|喝)(出|到)\S{0,4}(头发|虫|毛|钢丝|塑料|玻璃|石子|沙)",
                r"(米饭|饭|菜|肉|料|量)(也|都)?(太|好|很|超|特别|有点|实在|明显)少",
                # the forty-first round: spoiled or gone hard, said of what came (一箱有三个烂的,
                # 鸡块就是臭的, 米饭都硬了); not a likeness (臭的跟什么一样)
                r"[个颗只斤箱]烂的|(就是|都是|全是)臭的(?!跟|像|才)|(都|全)硬了|"
                r"(面|饭|肉|馒头|饼|菜)[^,。.!?;:…~]{0,2}硬了",
            ),
            negations=NEGATIONS,
            note="food: cold, raw, salty, small portion, hair or insects, spilled",
        ),
        Rule(
            "pq.room",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                "隔音差 隔音不好 隔音效果差 隔音太差 隔音很差 隔音一般 不隔音 噪音 很吵 太吵 吵死 "
                "吵闹 好吵 有点吵 脏 很脏 太脏 脏乱 霉味 潮湿 陈旧 老旧 破旧 旧了 "
                # the thirty-second round: old in a word of degree (酒店比较旧)
                "比较旧 很旧 太旧 好旧 挺旧 有点旧 有些旧 "
                "设施差 设施旧 设施老化 设施一般 没有热水 蚊子 房间小 房间很小 "
                "床小 污渍 发黄 装修旧 有味道 漏风 漏雨 没窗 无窗 "
                "卫生差 卫生很差 卫生太差 不卫生 床单脏 热水不热 水压小 网速慢 上网慢 "
                "网络差 昏暗 采光差 设施陈旧 设施简陋 早餐差 早餐很差 早餐一般 品种少 种类少"
            ),
            negations=NEGATIONS,
            negations_after=("小", "低", "不大", "少", "还好", "可以", "不错", "很好", "没有"),
            note="rooms and facilities: noise, dirt, smell, old furniture",
        ),
        Rule(
            "pq.goods",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                "粗糙 做工差 做工一般 做工粗糙 线头 偏大 偏小 不合身 尺码不对 "
                # workmanship poor in a word of degree (做工太差了; the forty-sixth round)
                "做工太差 做工很差 做工真差 做工超差 做工极差 做工非常差 做工特别差 做工好差 "
                "码数不对 太大了 太小了 很卡 有点卡 太卡 卡死 发热 发烫 耗电 掉电 "
                # a battery that drains fast is no fast delivery (耗电量很快; the twentieth round)
                "耗电快 耗电很快 耗电太快 耗电量很快 耗电量大 掉电快 掉电很快 掉电太快 "
                "电池不行 续航差 蓝屏 坏点 漏光 噪音大 声音大 盗版 缺页 印刷差 "
                "字迹模糊 纸张差 纸质差 纸张太薄 头痒 头皮屑 干枯 干瘪 不甜 有斑 小的可怜 "
                "是坏的 有划痕 划痕 二手货 是二手 翻新机 用过的 不好使 不灵 没反应 反应慢 信号差 "
                "没信号 没有信号 信号很差 信号太差 信号弱 信号很弱 无服务 闪退 重启 "
                "自动关机 开不了机 开不开机 充不上电 不能充电 不出水 "
                "假的 仿的 太薄 很薄 起皮 脱皮 "
                "鸡肋 质量差 质量一般 质量不行 "
                # the twentieth round: phones and books as real buyers word them
                "充不上 跳屏 有磕碰 小磕碰 不蓄电 很毛糙 更毛糙 太毛糙 好毛糙 特别毛糙 "
                # the twenty-sixth round: a claim the goods do not keep, a measure not true
                "虚标 严重虚标 不经用 不准确 不精准 不够精准 很不准 不太准 定位不准 "
                "不像正版 不象正版 不是正版 不整齐 "
                # effect and smell (personal care, appliances)
                "效果差 效果很差 效果不好 没效果 没有效果 没什么效果 没啥效果 效果一般 难闻 不见效 "
                "头皮痒 头发痒 发痒 很痒 好痒 掉发 掉头发 脱发 头屑 起痘 长痘 烂脸 "
                # electronics
                "拖影 花屏 闪屏 掉线 断网 连不上 卡机 崩了 打不开 登不上 登录不了 上不了网 "
                # cars and appliances
                "亏电 无法启动 打不着火 失速 爆震 裂纹 腐蚀 锈蚀 损坏 动力不足 动力弱 动力差 "
                "氧化 发白 松动 松垮 晃动 加速无力 怠速不稳 刹车偏软 损毁 失去动力 电流声 嗡嗡声 "
                "亮度不足 制冷差 制冷效果差 保温差 保温效果差 水不热 不出热水 加热慢 "
                # books
                "错别字 错字 字太小 折痕 "
                # fruit and vegetables
                "个头小 个头很小 个头太小 个头偏小 坏果 烂果 有坏的 有烂的 不脆 蔫了 干巴巴"
            ),
            patterns=(
                # the thirty-fifth round: the thing itself called rubbish (垃圾东西, 超级垃圾的手机,
                # 这个软件很垃圾, 辣鸡app): the goods, not the sale (not 垃圾货 nor 破玩意, which
                # often call the goods fake)
                r"(垃圾|破|烂|辣鸡)的?(东西|手机|产品|app|软件|电脑|机器|系统|程序|游戏)|"
                r"(东西|手机|产品|app|软件|系统|程序|游戏)\S{0,2}(太|很|真|挺|就是|真是|简直)?(垃圾|辣鸡)",
            ),
            negations=NEGATIONS,
            negations_after=FINE_AFTER,
            overrides=("pr.delivery",),  # 很快 in 耗电量很快
            note="goods bought online: clothes, electronics, books, groceries, appliances",
        ),
        Rule(
            "pq.app",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            terms=_w(
                "登录超时 登陆超时 超时退出 时间超限 加载慢 加载好久 加载不出 加载失败 一直加载 "
                "更新不了 更新失败 无法更新 不能更新 下载不了 下载失败 下载慢 安装不了 安装失败 "
                "点不开 进不去 登不进 登陆不了 登录不上 登陆不上 卡顿 闪退 "
                # Taiwan's words (the eighteenth round): 當機 crashes, 登入 logs in, 載入 loads
                "当机 卡住 卡页 卡死 很卡 超卡 白屏 "
                # the twenty-third round: 卡卡的, 好卡, 太卡 (an app that stutters)
                "卡卡的 好卡 太卡 真卡 特卡 "
                "无法登入 不能登入 登入不了 登入不上 登不进去 无法登录 不能登录 无法载入 载入不了 "
                "载入失败 载入很久 载入好久 载入超久 收不到验证码 没收到验证码 收不到简讯 "
                "收不到短信验证码 验证码收不到 "
                # the twenty-second round: a list or a button gone (不再显示, 显示不出来)
                "不再显示 显示不出 显示不出来 功能不全 "
                # the thirty-fifth round: a screen that loops back on itself (無限廻圈,
                # 一直重复循环)
                "无限循环 无限回圈 死循环 重复循环 一直循环 循环往复"
            ),
            patterns=(
                # an app, a page or a site that is slow (换页太慢, 网站回应非常慢, 载入超级久)
                # (and a device: 反应速度太慢, 开机慢, 网速太慢; the twenty-second round)
                r"(app|页面|网页|网站|程式|程序|软件|介面|界面|换页|回应|载入|加载|开启|打开|"
                r"跳转|刷新|更新|反应|运行|开机|启动|关机|网速|带宽|系统|电脑|处理器|充电|下载)"
                r"[^,。.!?;:…~]{0,6}?(太慢|很慢|非常慢|超慢|好慢|慢到|超级慢|特别慢|比较慢|有点慢|"
                r"超级久|好久|很久|非常久|超久|更慢|变慢|真慢|真的慢|慢死|"
                # (the forty-seventh round: the degree words sc.late took up — 载入还这么慢,
                # 加载越来越慢 — stay the app's own slowness here, over sc.late)
                r"这么慢|越来越慢|真是慢|慢的要死|慢得要死)",
                r"(无法|不能|没办法|没法)[^,。.!?;:…~]{0,3}?(登入|登录|载入|加载)",
                # the twenty-first round: a step that fails (无法打开, 连接不了设备,
                # 申请座位不成功, 写不上去)
                r"(无法|不能|没办法|没法)[^,。.!?;:…~]{0,2}?(打开|连接|提交|显示|激活|注册|启动|保存|"
                r"绑定)|(打开|连接|提交|激活|注册|启动|保存|绑定)不了|"
                r"(?<![能会])(不|没)成功|写不上去",
                # the forty-first round: more steps of an app that fail (無法刪除瀏覽紀錄, 不能清除
                # 通知, 无法面容识别, 上传不了): the app's own working; not asked (能不能删除)
                r"(?<![能可])(无法|不能|没办法|没法)[^,。.!?;:…~]{0,2}?(删除|清除|识别|扫描|上传|复制|切换|"
                r"搜索|搜寻)|(删除|清除|识别|扫描|上传|复制|切换)不了",
                r"(收不到|没收到|无法收到|没有收到)[^,。.!?;:…~]{0,4}?(验证码|简讯|验证信)",
                # an error shown again and again (一直提示用户名密码不对; the twenty-second round)
                # (and again and again: 反复提示密码错误, 不断弹出; the thirty-fifth round)
                r"(一直|总是|老是|总|又|反复|不断|每次都)(提示|跳出|弹出)[^,。.!?;:…~]{0,12}",
                r"(?:(?:提示|显示|说)[^,。.!?;:…~]{0,6}?)?(网络|连接|服务器|系统)"
                r"(失败|错误|异常|繁忙|不稳定|故障|超时)",
                # 登录一直超时, 登陆老是超时: a few words may stand between
                r"(?:(?:提示|显示|说)[^,。.!?;:…~]{0,6}?)?(登录|登陆|连接|请求|操作)"
                r"[^,。.!?;:…~]{0,3}?超时",
                # an option, an answer or subtitles missing (獨缺註冊相關的解答, 没有英语字幕; the
                # thirty-second round)
                r"(?<!不)独缺|没有(英文|英语|中文)?字幕",
                # the thirty-ninth round: a screen called ugly or confusing (界面很丑, 界面乱七八糟,
                # 介面全都错乱, 没有交互逻辑, 易用度设计非常差): the app's own design, the
                # product, whatever service the app sells (a bank's transfers)
                r"(界面|介面|页面|版面|ui)(设计)?[^,。.!?;:…~]{0,4}(丑|乱|难看|复杂|繁琐|不友好|不直观|"
                r"反人类|难用)|没有?(任何)?交互逻辑|交互逻辑[^,。.!?;:…~]{0,2}(差|乱|混乱)|(易用度|易用性|用户体验)[^,。.!?;:…~]{0,4}(差|低|不好)",
                # the thirty-sixth round: broken by an update (更新后打不开, 升级之后莫名其妙的就
                # 不能用了, 更新完毕后无法使用扫描功能, 更新后月结单不能储存, 更新之后加载时间更长
                # 了): the app itself, whatever the screen it broke names (a card, a statement)
                r"(更新|升级)(了|过)?(之后|以后|后|完|完毕后?)[^。.!?;:…~]{0,14}?(不能|无法|没法|没办法|"
                r"不行|失败|闪退|慢|卡(?![0-9一二])|不见|没了|消失|打不开|用不了|不了|出错|错误|异常|更长)",
            ),
            negations=NEGATIONS,
            overrides=("sc.late", "sc.finance-problem"),
            note="an app's or a site's own faults (登录超时, 提示网络失败, 加载好久, 更新不了, "
            "一直當機, 無法登入, 換頁太慢): the product, not the service it sells (labelling "
            "guide, app faults)",
        ),
        Rule(
            "kind.cannot",
            kind=C,
            weight=2,
            patterns=(
                # the twenty-sixth round: a thing that cannot be done, whatever it is
                # (调节不了温度, 热水出不来, 无法删除搜寻纪录): the words of a failure that
                # no listed fault names; not a figure of speech (受不了, 少不了, 忘不了,
                # 美得无法形容, 无法抗拒, 说不出来的好)
                r"(?![受少免忘错差大为对怪看说认分想])[\u4e00-\u9fff]不出来|出不来|"
                # (a two-character verb is quoted whole: 解决不了, not 决不了)
                r"(解决|调节|登录|登陆|安装|打开|连接|启动|使用|下载|更新|处理|修复|提交|支付|删除|"
                r"充值|提现|绑定|加载|播放|识别|关闭|取消|修改|保存|升级|联系|上传|转账)"
                r"(不了|不进去|不上去|不上)(?![解起])|"
                rf"(?![受少免忘错差大为对怪得到])[\u4e00-\u9fff]{_NOT_SIGNED_UP}(不了|不进去|不上去)(?![解起])|"
                r"(?![算谈称说配比赶跟看还])[\u4e00-\u9fff]不上(?![来去班课学下])|"
                r"(找|收|查|抢|买|订|挂|约|联系|登|连|搜|接|领|借|取)不到|(看|听)不(清|见)|"
                # written Cantonese's V唔到 (read as V不到: 入唔到, 认唔到我个样, 关唔到, 开唔到户,
                # load唔到; the thirty-third round), not 收入不到六万 (an income under a figure)
                r"(?<![收投出进])入不到|(认|关|开|撳|按|转|load|update|login)不到",
                # the forty-third round: a thing that will not go away (卸载不掉, 听歌杀不掉, 广告
                # 关不掉, 污渍洗不掉, 会员退订不掉): the verb names the removal tried; not a memory
                # or a flavour that stays (忘不掉, 回味), nor a colour kept (洗不掉色 reads 不掉色)
                r"(删除|卸载|关闭|取消|注销|解绑|屏蔽|清除|消除|退订|删|关|杀|洗|擦|去|退)不掉(?!色)",
                # the thirty-sixth round: a message, a call or a refund that never came (没有收到
                # 验证短信, 一直没接到电话, 再未收到回复)
                r"(没有?|未|一直没有?|还没有?|都没有?)(收到|接到)(任何)?(验证码|验证短信|短信|电话|"
                r"回复|回电|通知|退款)",
                # the twenty-seventh round: an error code typed or pasted (交易返回1000075,
                # 提示错误码 E05)
                r"(返回|错误码|错误代码|报错|提示错误|返回码)[:：]?[A-Za-z]{0,2}\d{2,}",
                # the thirty-fifth round: what was entered or shown called wrong (提交信息
                # 不正确, 预留手机号码有误, 输入的密码有误), not 有误差 (a tolerance) nor 有误导
                # (misleading), nor a condition (如有误)
                r"(?<![如若倘])(不正确|有误(?![差导会区解]))(?![吗么呢?])",
                # the thirty-eighth round: an error shown (支付密码显示红叉, 提示：“超出身份证上限”,
                # 显示此账号不存在), not none shown (显示无异常, 提示没有错误)
                r"(显示|提示)[:\"“]{0,2}[^无没未不,。.!?;]{0,4}(红叉|错误|失败|异常|超出|上限|不存在|"
                r"已被使用|无此)",
                rf"(无法|没法|没办法){_NOT_SIGNING_UP}(?!形容|抗拒|挑剔|自拔|比|言喻|言表|想象|想像|忘|"
                r"超越|拒绝|相比|媲美|复制|取代|替代|不|理解他|回答)[\u4e00-\u9fff]",
            ),
            negations=NEGATIONS,
            note="a step or a function that fails, worded generically (V不了, V不出来, 无法V): "
            "a weak complaint vote and no category (what cannot be done may be a product's, a "
            "contract's or a return's: a named fault's rule, or the text's subject, says which)",
        ),
        Rule(
            "pq.film",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            terms=_w(
                "烂片 烂剧 垃圾片 垃圾电影 漏洞百出 经不起推敲 不连贯 欠逻辑 没逻辑 "
                "没有逻辑 逻辑混乱 毫无逻辑 演技差 演技太差 演技很差 演技尴尬 尬演 "
                "拍废了 拍烂了 拍砸了 毁原著 毁了原著 狗血 台词生硬 太生硬 剧情拖沓 节奏拖沓 "
                "评分虚高 分数虚高 虚高 刷分 看睡着"
            ),
            patterns=(
                # a rating called inflated (9.1的评分是怎么来的, 评分太高了)
                r"(评分|分数|打分|\d分)[^,。.!?;:…~]{0,8}?(太高|过高|高了|怎么来的|刷的|刷出来)",
            ),
            negations=NEGATIONS,
            note="a film's, a show's or a book's faults: a bad film, holes in the plot, poor "
            "acting (烂片, 漏洞百出, 欠逻辑, 演技尴尬, 拍废了, 评分虚高): the product itself",
        ),
        Rule(
            "pq.course",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                # a course's or a lesson's faults (the twenty-fourth round, a course
                # marketplace's reviews): not understood, wrong, out of date, out of sync,
                # without subtitles or materials, never finished or updated
                "听不懂 听不下去 看不下去 讲错 讲错了 说错了 讲得太快 讲的太快 讲太快 "
                "音画不同步 声音画面不同步 声画不同步 不同步 没有字幕 没字幕 没有课件 没课件 "
                "过时了 内容过时 版本过时 有点过时 太过时 没讲完 没有讲完 还没讲完 "
                "不更新 没更新 停更 断更 好久更新 快点更新 赶紧更新 "
                # the thirty-fifth round: a lesson without a point or a thread, read off a script
                # (重点不突出, 没点重点, 没头没尾, 念稿子, 照着读)
                "重点不突出 没有重点 没重点 没点重点 抓不住重点 没头没尾 念稿 照着读 照着念 "
                "照稿念"
            ),
            negations=NEGATIONS,
            note="a course's or a lesson's faults (听不懂, 讲错了, 过时了, 音画不同步, 没有字幕, "
            "没讲完, 不更新): the product itself",
        ),
        Rule(
            "sc.finance",
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w(
                "花呗 借呗 还款 额度 利息 分期 账单 提现 扣款 冻结 余额宝 信用卡 贷款 网商贷 "
                "芝麻信用 芝麻分 蚂蚁 逾期 征信 提额 降额 手续费 服务费 利率 转账 支付宝 "
                "银行卡 代扣 自动扣 高利贷 砍头息 "
                # the thirty-sixth round: a card or an account applied for, approved or closed,
                # its limit and its yearly fee (批卡, 批核, 预审批, 信用额, 年费, 储蓄卡, 销户)
                "批卡 批核 预审批 信用额 年费 储蓄卡 销户 "
                # the forty-fifth round: a card's spending and its cashback (签账没有回赠, 乜回馈
                # 都无; a loan is sc.loan's)
                "签账 回赠 回馈"
            ),
            patterns=(
                # the thirty-eighth round: a credit service's failure told in the app's words
                # (我的花呗怎么绑定不了, 借呗一直加载失败) is the agreement's matter, not the app's
                # (labelling guide, finance: payment failed → sales_contract)
                rf"{_CREDIT}[^,。.!?;:…~]{{1,12}}",
            ),
            # (the fortieth round: nor the app's working named there, 借呗闪退了, 花呗验证不了)
            overrides=("pq.app", "pq.app-use"),
            note="consumer credit and payment: the terms of the service agreement",
        ),
        Rule(
            "sc.finance-problem",
            kind=C,
            weight=3,
            terms=_w(
                # (开通不了, 无法开通: signing up, an eligibility matter — a consultation when
                # asked, as 为什么无法开通借呗; eighth dev batch)
                "用不了 不能用 开不了 被冻结 降额 关闭了 被关闭 还不了 扣不了 提不了 "
                "到不了账 没到账 无法使用 不能使用 被降 "
                # the twenty-fourth round: a failure in other words (不能正常使用, 没法使用,
                # 冻结了, 验证码收不到)
                "不能正常使用 无法正常使用 没法使用 没法用 冻结了 收不到验证码 验证码收不到"
            ),
            patterns=(
                # (not a way to avoid it asked: 怎么防止账号被封？)
                rf"(为什么|为啥|怎么(?!防止|避免|预防|才能|样才能)|咋)\S{{0,8}}(?:(?:不能|只能|无法){_NOT_ASKING_ELIGIBLE}|不可以|用不了|"
                rf"{_NOT_SIGNED_UP}不了|没(?!有?{_CREDIT})有?|被|突然|不让{_NOT_LET_SIGN_UP}|还是|又|"
                r"老是|总是|一直(?!不给我?开通)|失败|不行)",
                # a credit service that fails in the app's words (花呗一直加载失败, 借呗闪退,
                # 花呗绑定不了; the thirty-eighth round: sc.finance takes these from pq.app)
                rf"{_CREDIT}[^,。.!?;:…~]{{0,10}}?(失败|(?<!办)(?<!开通)(?<!申请)不了|不上|不进|闪退|"
                r"卡住|卡死|繁忙|出错|错误|异常|一直加载)",
                # (not a fault said absent: 显示无异常, 说没有问题; the thirty-eighth round)
                r"(提示|显示|说)[^无没未不,。.!?;:…~]{0,6}(没有(?!异常|问题|错误|故障|毛病)|失败|不能|无法|"
                r"错误|异常|不足|不符)",
                # the thirty-fifth round: a message that calls the entry wrong or the service shut
                # (提示银行预留手机号码有误, 显示当前区域未开通, 影十次都话身份证无效)
                r"(提示|显示|说|话)[^,。.!?;:…~]{0,12}(有误(?![差导])|无效|不正确|未开通|不存在)(?![吗么呢?])",
                # usury, interest too high, a credit line cut or kept low (the thirty-second
                # round: 高利贷, 利息太高, 额度自己降了, 额度依然很低)
                r"高利贷|砍头息|(利息|利率|年化|费率)\S{0,2}(太|很|特别|超|也太|过于?|极其|非常)高"
                r"|额度\S{0,4}(降|减|砍|调低)了|额度(依然|还是|一直|仍然|太|很|好|就)(很|太)?低",
            ),
            # a failure of the service, whatever its category: a credit line or a payment
            # (花呗用不了) is the agreement's, by sc.finance's topic; an app's step (无法使用,
            # 提示密码错误) the product's (the twenty-second round: the category came from
            # here, and every app's failure read as a contract's)
            describes_problem=True,
            note="a credit or payment service that fails: a question about it is a complaint",
        ),
        # ---- product quality: D10 二 3.1 (taste, flavour, packaging) -------------------------
        Rule(
            "pq.taste",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                # wine and food
                "怪味 异味 发酸 变酸 酸了 酸味 太酸 发苦 苦味 太苦 苦涩 发涩 涩口 太涩 馊味 "
                "馊了 发馊 寡淡 淡如水 兑水 兑了水 掺水 勾兑 酒精味 香精味 哈喇味 霉味 臭味 "
                "变味 串味 塑料味 胶皮味 辣喉 辣嗓子 刺鼻 呛人 冲鼻 头疼 头痛 上头 不对劲 "
                "怪怪的 难喝 不好喝 难吃 不好吃 难抽 不好抽 没味 变质 过期 生虫 有虫 "
                # English
                "badtaste tastesbad tastesweird smells sour stale spoiled expired"
            ),
            patterns=(
                r"(口感|味道|味儿|风味|口味|度数)\S{0,4}(不对|不好|不行|(?<!不)差|变了|不够|太|怪|淡|冲)",
                r"(抽|喝|吃|闻)(着|起来|上去)\S{0,3}(苦|酸|涩|辣|冲|怪|呛|淡|不对|不一样|没味|一股)",
                r"一股\S{0,4}味",
            ),
            negations=NEGATIONS,
            negations_after=FINE_AFTER,
            note="bad taste, smell or flavour, spoiled goods (D10 二 3.1)",
        ),
        Rule(
            "pq.taste-topic",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w("口感 味道 味儿 风味 口味 度数 香味 气味 taste flavour flavor smell"),
            negations_after=FINE_AFTER,
            note="talks about taste or flavour (D10 二 3.1)",
        ),
        Rule(
            "pq.packaging",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w(
                "包装 礼盒 盒子 标签 塑封 内衬 外箱 纸箱 瓶身 印刷 木塞 酒塞 瓶塞 烟盒 "
                "packaging label box cork"
            ),
            negations=NEGATIONS,
            negations_after=(*FINE_AFTER, "上写", "上标", "价"),
            note="talks about packaging (D10 二 3.1)",
        ),
        Rule(
            "pq.defect",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                # general and retail
                "次品 残次 瑕疵 假货 假酒 假烟 冒牌 山寨 仿冒 劣质 太次 垃圾货 不加热 死机 "
                "黑屏 卡顿 色差 裂了 裂开 开裂 裂缝 开胶 脱胶 开线 脱线 缩水 发黑 褪色 掉色 "
                "起球 跑绒 钻毛 跑毛 掉毛 不保温 受潮 返潮 漏气 漏水 不制冷 不制热 掉漆 "
                "关不严 关不上 合不上 进水 生锈 锈了 变形 鼓包 鼓起来 没声音 简陋 贴歪 模糊 "
                "是烂的 破的 破了 烂了 "
                "不能用 用不了 不好用 难用 故障 破损 碎了 断了 充不进电 不亮 "
                # cars
                "异响 顿挫 抖动 抖得 发抖 车抖 漏油 渗油 烧机油 烧油 熄火 打不着 着不了车 "
                "启动不了 趴窝 抛锚 跑偏 油耗高 故障灯 "
                # tobacco
                "点不着 老是灭 老灭 自己灭 空头 断支 掉烟丝 爆珠不爆 "
                # English
                "defective broken faulty damaged cracked fakes counterfeit stopsworking "
                "doesntwork notworking noise rattle vibrates vibration warninglight "
                "checkengine leaksoil"
            ),
            patterns=(
                r"质量(问题|问提|太差|很差|差|不好|不行|太次|有问题|堪忧|也太)",
                r"(破|啥|什么|这)质量",
                # (not the time of use before a verdict or a good result: 用了一周，痘痘好多了,
                # 用了一个月，简单，方便, 试用了几天才来评价; the thirty-eighth round)
                r"(用|戴|穿|开|跑|抽|喝)了?\S{0,3}(一次|两次|两回|几回|两天|三天|几天|没几天|"
                r"一周|一礼拜|一个星期|半个月|一个月|不到|没多久)"
                r"(?![^。.!?;]{0,8}?(才来|再来|来评|才评|评价|评论|感觉(很|不错|挺|良好|非常|还|蛮)|"
                r"好多了|好了不少|有好转|很好|不错|挺好|满意|好用|简单|方便|舒服|顺手))",
                r"跑了\S{0,6}(公里|km)就",
                r"(发动机|机油|胎压|abs|气囊|黄|红)\S{0,2}灯\S{0,2}(亮|闪)",
                r"亮了个?\S{0,2}灯",
                r"(?<![听看])抖(?!音)",
                r"(防伪码|二维码)\S{0,10}(查询过|查过|查不到|无效|不对)",
                # the thirty-eighth round: a warning a car gives while driven (刚跑60公里报警了,
                # 仪表报警), a coolant leak (水泵处漏防冻液), an app or a machine that lags badly
                # (卡得一屁, 卡得要死)
                r"(仪表|胎压|水温|发动机|公里|km)\S{0,3}报警|漏(防冻液|冷却液)|"
                r"卡得(要死|要命|一批|一屁|不行|很|厉害|动不了)",
            ),
            negations=NEGATIONS,
            negations_after=FINE_AFTER,
            # how to tell a fake (假酒怎么辨别) asks about the defect, reports none (R-CMP-01)
            question_frames=(r"(怎么|如何|怎样|咋)(辨别|识别|鉴别|分辨|区分|判断)",),
            note="defects of goods: retail, cars, tobacco, wine",
        ),
        Rule(
            "kind.broken",
            kind=C,
            weight=3,
            patterns=(
                # broken (空调坏了, 冷氣壞咗, 箱子摔坏了; the thirty-second round), not glad or
                # tired to bits (高兴坏了, 累坏了) nor a stomach upset (吃坏了); what it is about
                # — the goods, a repair, a facility to mend — is the other rules' to say
                r"(?<![好吃兴心乐累饿笑美疯馋])(坏了|坏掉|坏咗|摔坏|弄坏|损坏)",
                r"(房卡|门卡|钥匙卡)\S{0,4}(失效|消磁|刷不开|打不开|不能用|没反应)",
                # the thirty-sixth round: a thing said to be faulty, the clause's last word (网络有
                # 问题, 浴缸的设计有问题, 主板又有问题, 个app有问题吧), not a question or a doubt
                # (有问题吗, 会不会有问题) nor a slight one (略有问题, a praise's shortcoming)
                r"(?<![没无不略会])有问题(吧|啊|了|呀)?(?=$|[,。.!?;~])",
            ),
            negations=NEGATIONS,
            negations_after=FINE_AFTER,
            note="a thing broken or not working: a complaint, whatever its category",
        ),
        Rule(
            "pq.topic",
            category=Category.PRODUCT_QUALITY,
            weight=1,
            terms=_w("质量 颜色 新车 产品 批次 做工 材质 坏了 仪表盘 仪表 拉链 quality product"),
            negations=NEGATIONS,
            negations_after=FINE_AFTER,
            note="talks about the product",
        ),
        Rule(
            "pq.measure",
            category=Category.PRODUCT_QUALITY,
            weight=1,
            # the twenty-third round: 舒適度普通, 干净度一般 name a measure, the verdict follows
            patterns=(
                r"(舒适|舒服|干净|清洁|整洁|方便|便捷|便利|实用|安静|流畅|清晰|新鲜)(度|性)",
            ),
            overrides=("pr.goods",),
            note="a measure of the goods named (舒适度, 干净度, 实用性): the subject of a "
            "verdict, no praise",
        ),
        # ---- sales contract: D1 第一条 2 (contract, price, delivery) -------------------------
        Rule(
            "sc.contract",
            category=Category.SALES_CONTRACT,
            weight=2,
            terms=_w(
                "合同 协议 承诺 说好的 说好 约定 答应 签的 签了 条款 定金 订金 尾款 全款 "
                "首付 按揭 发票 促销 活动 赠品 赠送 送三年 上牌 金融服务费 保险 捆绑 "
                "陈列费 置换 返点 返利 返现 政策 落地价 裸车价 精品 加装 套餐 保价 价保 "
                "contract invoice deposit promise promised agreement rebate"
            ),
            patterns=(
                # the forty-fifth round: 配置 alone is the goods' specification (配置挺高, 什么配置,
                # 配置有增减: the product's, or a remark on it), no term of the sale; only a
                # specification short of what was offered is (配置与宣传不符, 减配, 配置缩水)
                r"配置[^,。.!?;:…~]{0,6}?(不符|不一致|不一样|缩水|偷换)|减配|偷换配置",
            ),
            note="contract terms and promises",
        ),
        Rule(
            "sc.price",
            category=Category.SALES_CONTRACT,
            weight=2,
            terms=_w(
                "价格 价钱 多少钱 优惠 折扣 打折 特价 原价 划线价 会员价 报价 加价 涨价 降价 "
                "多收 收费 费用 服务费 手续费 上牌费 标价 价签 经销价 调价 贷款 利息 分期 补贴 "
                "物业费 管理费 结算 结账 扫码 小票 付款 付了款 付钱 扣款 扣费 扣了 "
                "刷卡 信用卡 微信支付 支付宝 找零 账单 price discount charge charged "
                "overcharged bill paypal "
                # the forty-second round: the price judged without the word 价格 — too dear
                # (太贵, 好贵, 这么贵, 贵死了), not worth its price (不值这个价), a robbery (抢钱),
                # poor value (性价比低): the price's matter, whatever is sold (labelling guide:
                # price too high → sales_contract)
                "贵死了 贵得离谱 贵的离谱 不值这个价 不值这个钱 不值这个价钱 不值那个价 抢钱 "
                "性价比低 性价比太低 性价比很低 性价比极低 性价比不高 收费太高 收费过高 收费高 "
                "费用太高 费用过高 overpriced expensive 欠费 运费"
            ),
            patterns=(
                # the forty-second round: a fee named by what it is for (停车费, 电费, 安装费,
                # 话费, 学费) — not time or effort wasted (浪费), spending (消费), free of
                # charge (免费) nor a thing costly in effort (费力, 费劲)
                r"(?<![浪消免经耗白破花停])(电|水|燃气|煤气|停车|邮|安装|上门|管理|注销|补卡|开户|"
                r"挂号|押|租|房|车|话|流量|宽带|网|年|月|学|报名|餐位|餐具|打包|包装|配送|滞纳|"
                r"违约|会员)费(?![力劲心时事神])",
                # a sum paid or asked, as the grievance (安装花了240元, 注销要十块, 居然200块)
                r"(花了|要|收了?|居然|竟然|竟)[0-9一二三四五六七八九十两几百千万.]{1,8}(块|元)",
                # too dear (太贵, 这么贵), not precious or a guest (这么贵重, 很贵宾, 贵姓)
                r"(太|好|很|真|挺|蛮|偏|超|巨|死|这么|那么|还|有点|有些)贵(?![重宾姓司州阳族妃人])",
            ),
            note="prices and payment",
        ),
        Rule(
            "sc.price-drop",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w(
                "买早了 买贵了 刚买就降价 买完就降价 一买就降价 就降价了 降价很快 又降价了 "
                "不给价保 不保价 价保不给 不给保价 不给补差价 不补差价"
            ),
            patterns=(
                # the forty-fourth round: the fall told by its sum or by how soon it came
                # (第二天就降50块, 刚买就降价100, 今天就降了): the price, the sale's;
                # not a temperature or a speed that falls (水温降了10度, 两天就降温了)
                r"降(了|价)?[0-9一二两三四五六七八九十百几]+(块|元|rmb)",
                r"(今天|明天|第二天|隔天|次日|一天|两天|几天|没几天|当天)就降(了|价)",
            ),
            overrides=("pr.delivery",),  # 很快 in 降价很快
            note="the price fell just after the purchase, and no price protection",
        ),
        Rule(
            "sc.delivery",
            category=Category.SALES_CONTRACT,
            weight=2,
            terms=_w(
                "送货 交货 交车 提车 订车 等车 现车 到货 发货 配送 物流 快递 签收 没收到 少送 "
                "订购 预订 预定 限量 "
                "少发 漏发 错发 发错 送错 送到 没送 订单 订货 订烟 要货 分货 配货 货源 断货 "
                "缺货 没货 品规 补货 交房 交付 delivery delivered order ordered "
                "shipping shipped parcel"
            ),
            negations_after=("员", "司机", "师傅", "柜"),
            patterns=(
                r"(可以|能|怎么|咋|在哪|哪里)订",
                # the forty-first round: 到了 is an arrival, not a result (差到了极点, 影响到了,
                # 看不到了, 到了必须处理的时候) nor a thing served on board (饮料到了); the
                # forty-seventh round: nor a thing reached by doing (吃到了, 学到了, 赚到了, 降到了,
                # 升级到了, 开到了三十度, 进到了, 轮到了, 交到了), nor the customer's own arrival
                # at a place or a time reached (到了酒店, 到了店之后, 到了那边, 到了晚上,
                # 到了夏天, 到了2019年), nor the goods in hand as the moment a fault or a verdict
                # follows (收到了新手机，可是…, 裤子收到了，非常满意, 拿到了) — the goods' arrival
                # stays (货到了, 第二天就到了, 送到了)
                r"(?<![得不差看听见受遇碰找想做达办感扰响料吃尝学赚降升开传进来回轮交涨收拿])到了"
                r"(?!极点|极致|必须|这种|那种|这个|那个|什么|现在|最后|酒店|宾馆|房间|店|餐厅|饭店|"
                r"那儿|那边|那里|这里|这边|门口|前台|景区|机场|车站|晚上|早上|中午|下午|半夜|凌晨|夜里|"
                r"夏天|冬天|春天|秋天|饭点|午饭|晚饭|年份|\d{4}年)",
            ),
            note="delivery and orders",
        ),
        Rule(
            "sc.breach",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            terms=_w(
                "不认账 没兑现 未兑现 不兑现 还没到 还没送 没送到 没发货 还没发货 未发货 "
                "少送 多收 乱收费 乱收 多扣 算错 收错 另外交 加价 乱涨价 说涨就涨 "
                "强买强卖 搭售 欺诈 延期 拖延 还没消息 没消息 一分没给 没给 "
                "就是不送 还不送 一直不送 不给送 不派送 不给发货 迟迟不发 "
                "不肯退 不公平 没有赠品 按新价格 没提前通知 开不出来 扫出来 价签不符 "
                "价格不符 比外面贵 虚高 notdelivered neverarrived overcharged late delayed "
                "notarrived hasntarrived "
                # charged twice for one thing (the thirty-fifth round: 同一笔订单扣了两次,
                # I was charged twice for the same booking)
                "重复扣款 重复扣费 重复收费 扣了两次 收了两次 "
                "chargedtwice doublecharged billedtwice"
            ),
            patterns=(
                r"(和|跟|与)\S{0,6}(说的|合同|宣传|描述|图片|承诺|广告|约定|介绍|页面|标的|写的|实物|照片|"
                r"报价|订的|定的|买的时候)\S{0,4}(不一样|不符|不一致)",
                r"(过了|超过|晚了|拖了)\S{0,4}(天|周|个月|礼拜|星期)",
                # the seller late (逾期交房); a customer's own overdue loan (花呗逾期) is none
                r"逾期(交房|交付|交车|发货|未交|不交|未发|未到|未办)",
                r"少(了|送了|发了|给了)?[一二两三四五六七八九十\d]+(条|箱|瓶|件|个|盒)",
                r"(刚买|买了|才买)\S{0,8}(就)?降价",
                r"(付款|付了款|付了钱|交了钱|下单|订了)\S{0,8}还(没|不)",
                r"(写|标|说)(的|着)?\S{0,4}\d+(\.\d+)?\S{0,10}(收|扫|结|算|要)\S{0,4}\d+",
                # the forty-first round: the words that read a sale's breach only in a sale —
                # 不认 not 不认识 (谁都不认识), 多算 not 顶多算 (顶多算入门), 强制 not an
                # app's forced step (强制更新, 被强制下载, 强制停止), 迟迟 not a repair or a visit
                # put off (迟迟不给处理, 迟迟未安装, 迟迟没过来: the work's or the staff's)
                r"不认(?!识|得|真|同|可)",
                r"(?<![顶最至])多算(?!个|是)",
                r"强制(?!更新|升级|下载|安装|装|停止|推送|退出|关闭|登录|弹|同意|he)",
                r"迟迟(?!不?给?(处理|安装|上门|维修|修|过来|回复)|未(处理|安装|上门|维修|修|回复)|"
                r"没(过来|处理|安装|上门|修)|不见修)",
            ),
            note="a broken promise, overcharge or late delivery",
        ),
        # ---- repair quality: D1 第一条 3 -------------------------------------------------------
        Rule(
            "rq.topic",
            category=Category.REPAIR_QUALITY,
            weight=3,
            terms=_w(
                "维修 修理 保养 检修 报修 返修 送修 修车 返厂 技师 维修师傅 钣金 喷漆 补漆 "
                # (not 工单 alone, the forty-eighth round: a 12345 or 12315 work order forwarded
                # is no repair; a repair's own order names it, 维修工单)
                "四轮定位 动平衡 刹车片 首保 二保 保修 换电池 换机油 换油 机滤 修理厂 "
                "维修站 保样 维休 维修质量 修理质量 保养质量 维修水平 修理水平 "
                "repair repaired maintenance servicing fixed fix mechanic "
                "aftertheservice "
                # the thirty-fifth round (a hotel's repairs: the plumber came but…)
                "plumber electrician handyman technician"
            ),
            patterns=(
                r"修(好|了|完|过|不好|一下|吗|的)",
                r"没修(?![改订饰])",
            ),
            note="repairs and maintenance (保样, 维休: common typos)",
        ),
        Rule(
            "rq.request",
            category=Category.REPAIR_QUALITY,
            weight=1,
            patterns=(r"(能|可以|给|来|去|帮)\S{0,6}修(?![改订饰身])",),
            note="a repair asked for (能修吗, 来修一下): a repair, whatever broke",
        ),
        Rule(
            "rq.problem",
            kind=C,
            category=Category.REPAIR_QUALITY,
            weight=2,
            terms=_w(
                "没修好 修不好 弄坏 修坏 钻坏 加错 越修越 返工 重新修 漏装 少装 装反 没拧紧 "
                "stillbroken brokeagain "
                # the thirty-fifth round (the shower still leaks after the plumber came)
                "stillleaks stillleaking notfixed"
            ),
            patterns=(
                # the forty-third round: a fault back or still there, a redo or a scratch (又坏,
                # 还是不, 反而, 第二天又, 重做, 划痕) is a repair's only after a repair, an
                # installation, a bodywork job or a service told before it in the sentence
                # (修了两次还是不行, 安装完第二天又漏, 钣金喷漆的地方就起泡了, repair 做完没两天
                # 又坏了); alone it is the thing's own fault (滤芯第二天又显示用尽), a lesson
                # still unclear (还是不太明白) or no fault at all (反而是外籍的更热情):
                # kind.again-or-still votes for the complaint, no category; nor a driver, a
                # masseur or a surgery before it (出租车师傅绕路，反而…, 做完手术第二天又…: 师傅
                # and 做完 name no repair), but a jeweller's work does (师傅做完改圈，戒指内侧全是
                # 刮花的痕迹). (The gap holds no first character of a repair word, so a match
                # starts at the last one and a run of them costs one step each.)
                rf"(修|保养|安装|返修|钣金|喷漆|repair|弄了|改圈|改尺寸|抛光|翻新|焊接)"
                rf"[^。.!?;修保安返钣喷弄改抛翻焊r]{{0,30}}?({_AGAIN_OR_STILL})",
                r"没\S{0,3}修",
                r"修(了|过)?\S{0,3}(两|三|几|好几|二|[2-9])(回|次|遍)",
                r"(修|保养|换|弄)完\S{0,8}(又|还|就|反而)",
                # after the repair, still or again (维修后发动机还是异响)
                r"(修|修理|保养|返修)(好)?(后|之后|以后|过后)\S{0,8}(又|还是|仍然|仍|依然|依旧|照样|反而)",
                r"(你们|师傅|技师|工人)\S{0,4}弄(的|坏|花|丢)",
                r"(落|忘|丢)\S{0,4}(抹布|工具|扳手|螺丝)",
            ),
            note="a repair that did not hold or did damage",
        ),
        # ---- service quality: D10 二 3.3 (attitude, waiting, negligence) ----------------------
        Rule(
            "sq.attitude",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=3,
            terms=_w(
                "不耐烦 爱理不理 爱答不理 爱搭不理 不搭理 不理人 不理睬 翻白眼 甩脸 甩脸色 "
                "摆脸色 给脸色 臭脸 拉着脸 黑着脸 冷脸 一脸不情愿 不情愿 骂人 骂我 骂了 脏话 "
                "嘴巴不干净 说话难听 说话太冲 大呼小叫 阴阳怪气 吼我 吼人 凶我 很凶 好凶 太凶 "
                "嚣张 傲慢 拽得 看不起 瞧不起 狗眼看人低 不客气 不礼貌 没礼貌 没素质 素质差 "
                "冷漠 冷冰冰 嫌我 推诿 翻脸 讹人 动手 打人 恶劣 挂断 就挂了 挂我电话 "
                "没人理 没人招呼 咆哮 大吼大叫 "
                # the thirty-eighth round: left unanswered or passed around (疑问没人搭理, 无人理会,
                # 责任人各个推来推去, 踢皮球): how the customer is treated
                "没人搭理 没有人搭理 无人理会 没人理会 推来推去 踢皮球 互相推 相互推 "
                # the twenty-fourth round (a course's questions left unanswered)
                "没有答疑 没人答疑 没有人答疑 没人解答 没人回答 没有回应 "
                # the twenty-second round (airline reviews): a crew member's coldness or neglect
                "站着发呆 没有笑容 未见笑容 毫无笑容 不太笑 没有歉意 毫无歉意 脸很臭 "
                "不会帮你 也不帮忙 attitude rude impolite unfriendly arrogant yelled"
            ),
            patterns=(
                r"态[度渡]",
                r"太度",
                r"推(了|搡)\S{0,2}(我|他|她|人|一下)",
                # the forbidden phrases of R-SVC-01 (custops.service.DEFAULT_FORBIDDEN_PHRASES)
                # quoted as said to the customer (保安冲我喊喂你干嘛的, 前台说叫什么叫，等
                # 一会儿, 骂我老太婆), and a rhetorical 什么素质 (这是什么素质？ asks nothing;
                # the thirty-fifth round)
                r"喂[,!~。]?(你们|你|您|他|她|呀|啊|到底|又|在|要){0,3}(干什么|干嘛|干啥)"
                r"(的|呀|啊)?[?!]*",
                r"叫什么(呀?叫)?[,!~。]?(你们|你|您|呀|啊|到底|又|在|要){0,3}"
                r"(等一会儿|等会儿|等一下)[?!]*",
                r"(骂|说|叫|喊|称呼|称)(我|我们|客人|顾客|我妈|我爸)(是)?(老太婆|老头|神经病)",
                r"(什么|啥)(鬼)?素质",
            ),
            # a bad manner denied earlier in its clause (客服没有爱答不理, 从没甩过脸色, 并不
            # 冷漠, 一点也不傲慢) is none, as a severity hint's is (R-CMP-07); "not rude" is
            # the English reading's (``_in_ascii_words``).  Not denials: 没有好态度, 没一个
            # 态度好的, 没见过态度这么差的, 没想到 (``not_negations``)
            negations=("不是", "没有", "没", "并不", "从不", "从未", "一点也不", "一点都不"),
            negations_after=(
                *FINE_AFTER,
                "好",
                "赞",
                "热情",
                "棒",
                "可以",
                "还行",
                "满意",
                "周到",
                "耐心",
                "亲切",
                "友善",
                "和蔼",
                "nice",
                "到位",
                "一流",
            ),
            not_negations=(
                "是不是",
                "有没有",
                "不好",
                "不太好",
                "不怎么好",
                "不够好",
                "不是很好",
                "不是太好",
                "不热情",
                "不够热情",
                "不耐心",
                "不满意",
                "不可以",
                "没想到",
                "不知道",
                "没有好",
                "没好",
                "没一个",
                "没有一个",
                "没有一次",
                "没一次",
                "没见过",
                "没有见过",
                "没遇到过",
                "没有遇到过",
                "没碰到过",
            ),
            # a quoted rude question is no question of the customer's (喂，你干嘛？)
            overrides=("kind.question-mark", "kind.how"),
            note="staff attitude (太度/态渡: typos)",
        ),
        Rule(
            "sq.theft",
            kind=C,
            category=Category.SERVICE_QUALITY,
            signal=Signal.LEGAL,
            weight=3,
            # a member of staff accused of theft (员工偷了我的手表, 保洁阿姨顺走了充电器; the
            # thirty-fifth round): a violation (R-CMP-09), a matter for the police (R-CMP-07)
            patterns=(
                r"(员工|服务员|保洁|阿姨|保安|前台|经理|店员|工作人员|司机|快递员|外卖员|骑手|师傅|"
                r"服务生|技师|收银员)(?:(?!没|不|未|并非)[^。.!?;]){0,8}?"
                r"(偷了|偷走|偷拿|盗走|盗用|偷我|顺走|私拿|拿走了我)",
            ),
            negations=NEGATIONS,
            note="theft by a member of staff",
        ),
        Rule(
            "sq.waiting",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=3,
            terms=_w(
                "排队 排了 排长队 排老长 等半天 等了半天 老半天 等好久 等了好久 等太久 再等等 "
                "没人接 打不通 占线 忙音 无人接听 转人工 联系不上 联系不到 找不到人 没人来 "
                "不回 没回复 没回音 石沉大海 没下文 已读不回 推给 走流程 一直说 一直没人 "
                "没人处理 让我等 叫我等 白跑 排不上 约不上 放鸽子 爽约 onhold waiting waited "
                "noanswer nobodyanswered"
            ),
            patterns=(
                # (堵了三四个小时, 排了两个小时: the thirty-second round)
                r"(等|堵|排)了\S{0,4}(分钟|小时|钟头|个钟|天|下午|上午|半天)",
                r"\d+分钟都",
                # the thirty-eighth round: calls not answered, no human agent reached (打了三四个
                # 电话都不接, 无法联系人工, 联系不到人工客服)
                r"(电话|打了)[^,。.!?;]{0,6}(都|也|一直|就是)不接|"
                r"(无法|不能|没法|联系不到|联系不上|找不到)(联系)?人工",
                r"打了\S{0,3}(上午|下午|天|次|遍)",
                r"回(复|消息|信息)?\S{0,2}(慢|不及时)",
                # the thirty-sixth round: a wait at a clinic's or a counter's queue (等了4小时还
                # 轮不到, 人工批价等超久, 等了2小时没看诊到, 排队等排到却被告知): the desk's
                # service, not a delivery's lateness
                r"(等|排队|候诊)[^,。.!?;:…~]{0,8}?(看诊|看病|就诊|轮不到|叫号|排到|看到医生|见到医生)|"
                r"(看诊|候诊|挂号|批价|领药|拿药|抽血|缴费)[^,。.!?;:…~]{0,6}?(等了|等超久|等很久|等好久|"
                r"等太久|等[0-9一二三四五六七八九十两半几]+个?(小时|钟头|分钟))",
            ),
            # a queue there was no need of (反正不用排队，挺方便, 无需排队, 没怎么排队) is no wait
            # (the thirty-seventh round)
            negations=("不用", "无需", "不需要", "不必", "免", "没怎么", "不怎么"),
            # ... but a queue wished away is there (要是不用排队就好了, 希望不用排队)
            not_negations=(
                "要是不用",
                "如果不用",
                "若是不用",
                "希望不用",
                "最好不用",
                "能不能不用",
                "可不可以不用",
                "是不是",
                "有没有",
            ),
            note="waiting and no answer",
        ),
        Rule(
            "sq.negligence",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=2,
            terms=_w(
                # (not 体验太差: an app's or a product's experience, not a person's treatment; the
                # thirty-fifth round, 7 of the 10 such dev texts were product quality)
                "不负责任 没有责任心 没责任心 失职 不作为 不干活 啥也不干 什么也不干 玩手机 "
                "刷手机 在聊天 打牌 没来拜访 不来拜访 不上门 没上门 没人管 服务太差 服务差 "
                "服务很差 扔在门口 一扔 没人通知 不通知 不专业 一问三不知 答非所问 "
                "解决不了问题 没解决 不解决 没人处理 甩锅 推卸 走过场 拍拍屁股 就走了 弄错了 "
                "搞错了 在睡觉 unprofessional"
            ),
            patterns=(
                # (the forty-fourth round: not 不管 as "no matter" before the alternatives it
                # spans — 不管是中移动还是联通, 不管怎么刷新, 不管什么时候 — which names no one who
                # failed to act)
                r"(?<!管)不管(?!是|怎么|怎样|什么|多少|多么|哪|谁|有没有|有无|刮风|下雨|白天|晚上|几|如何)",
                r"不归\S{0,4}管",
                r"(都|只会)说不知道",
                r"没人(清|打扫|收拾|修剪|巡逻)",
                r"(上班|值班|在岗|岗亭|当班)\S{0,4}睡觉",
                # the thirty-fifth round: the after-sales desk called bad (售后差, 售后服务非常差,
                # 售后真的不行, 美的售后太垃圾, 售后跟屎一样): how people treat the customer, even
                # where the goods were also bad (labelling guide: customer service, attitude)
                r"售后(服务)?(真的|也|太|很|非常|特别|就是|极其|简直|更是)?(差|不行|太烂|很烂|垃圾|"
                r"不好|敷衍|没人|不作为|不知所踪|跟屎|形同虚设)",
                # the thirty-sixth round: a property manager that will not act or acts on its own
                # (物业不予处理, 物业也不管, 物业不允许, 物业管理不到位, 物业擅自破坏绿化带,
                # 物业撤出垃圾桶): how the residents are treated; not a fee charged (乱收物业费:
                # the contract) nor one not refunded (物业一直不给退: a refund)
                r"物业(公司|管理处|管理|管理人员|人员|方)?[^,。.!?;:…~]{0,10}?(不管|不作为|不给(?!退)|不允许|"
                r"不予|不理|管理不善|管理不到位|不处理|推脱|推诿|刁难|擅自|停用|撤出|允许外来|断水|断电|"
                r"不闻不问|置之不理|拒绝)",
            ),
            note="negligence",
        ),
        Rule(
            "sq.staff",
            category=Category.SERVICE_QUALITY,
            weight=1,
            terms=_w(
                "服务 服务员 服务生 营业员 店员 柜员 保安 客服 前台 接待 管家 物业 业务员 "
                "客户经理 区域经理 专员 店长 主管 服务顾问 销售顾问 导购 收银员 接线员 值班 "
                "工作人员 保洁 送货员 快递员 配送员 司机 "
                # a hospital's staff (the nineteenth round: hospitals as a service business)
                "医生 医师 护士 护理师 护理人员 医护人员 志工 "
                "staff service waiter cashier clerk "
                "agent receptionist"
            ),
            # the fortieth round: a company's customer-service account tagged on a social
            # platform (@中国联通广东客服, @锤子科技客服) is where the post is sent, not staff
            # the text is about
            negations=("@",),
            window_chars=10,
            negations_after=("费",),
            note="talks about staff or service",
        ),
        Rule(
            "sc.late",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            terms=_w(
                "太慢 很慢 好慢 超慢 慢死 特别慢 非常慢 真慢 有点慢 比较慢 送餐慢 送得慢 送的慢 "
                "配送慢 物流慢 快递慢 发货慢 到货慢 速度慢 超时 迟到 晚到 送晚了 才到 "
                "才送到 才送来 才收到 才发货 才拿到 还没收到 一直没到 一直没送 "
                "没收到 等了好久 等了很久 等太久 "
                # the forty-seventh round: slowness told with other degree words (真是慢, 这么慢,
                # 越来越慢了, 不是一般慢, 慢的要死)
                "真是慢 这么慢 越来越慢 不是一般慢 慢的要死 慢得要死 "
                # the twenty-second round: an order not out, a top-up not in (还没出库, 没充进去)
                "还没出库 没有出库 还没充进去 没充进去 充不进去 还没到账 未到账 余额未到 "
                "late slow"
            ),
            patterns=(
                r"(一|两|三|四|五|俩|\d+|半)个?(多)?(小时|钟头)(才|还没|都没|了|后)",
                # (the forty-seventh round: a span counted, not any word ending in 天 — 到了夏天,
                # 到了春天, 等了半天 stays, 送了一个多小时 stays)
                r"(送|等|到)了[0-9一二两三四五六七八九十几半个多好整足]{0,3}(小时|钟头|分钟|天)",
                # the forty-fourth round: a meal or an order waited for by the hour, without 了
                # (一份餐等两个小时, 外卖等三个小时), or a delivery slower each time (送餐越来越慢)
                r"(餐|饭|外卖|单)[^,。.!?;:…~]{0,3}?等[0-9一二两三四五六七八九十几半]+个?多?(小时|钟头)|"
                r"(送餐|送货|配送|外卖|物流|快递|发货|送得|送的)[^,。.!?;:…~]{0,3}?越来越慢",
                r"(晚|迟|慢)了\S{0,3}(小时|钟头|分钟|天)",
                # waiting as a fragment (labelling guide: 四五天了, 今天已经3天了)
                r"(已经|都|都要|快|整整|足足)(等了?|过了|过去)?[0-9一二两三四五六七八九十几半]+个?多?"
                r"(天|小时|钟头|周|星期|礼拜|个月)了",
                r"^[0-9一二两三四五六七八九十几]+个?多?(天|小时|钟头|周|星期|礼拜)了",
                # the thirty-eighth round: the delivery's time called long (送餐时间太长了, 这次
                # 时间真的有点长, 物流时间也太久): the order late, not a fault of the goods
                r"(送餐|配送|送达|物流|发货|到货|运送|快递|这次)(的)?时间\S{0,3}(太|有点|有些|也太|比较|很|"
                r"好|真的|超|特别)(长|久)",
                # the forty-first round: 迟迟, not a repair or a visit put off (迟迟不给处理,
                # 迟迟未安装, 迟迟没过来), which is the work's or the staff's
                r"迟迟(?!不?给?(处理|安装|上门|维修|修|过来|回复)|未(处理|安装|上门|维修|修|回复)|"
                r"没(过来|处理|安装|上门|修)|不见修)",
            ),
            overrides=("pq.degree",),
            negations=("不", "没", "并不", "一点也不", "一点都不", "不算", "回复", "回"),
            note="late or slow delivery: a failure to deliver the order as agreed",
        ),
        Rule(
            "sc.missing",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            terms=_w(
                "少送 漏送 少给 没有筷子 没给筷子 没餐具 没有餐具 没放筷子 送错 发错 错发 "
                "少发 漏发 缺件 少件 少配件 没有发票 没发票 没开发票 不给发票 不开发票 "
                "订单取消 被取消 取消订单 拒单 货不对版 与描述不符 与宣传不符 和描述不符 "
                "不是正品 不是原装 价格贵 降价了 差价 乱收 加收 多收 太黑了 收费高 收费太高 "
                "价格太高 要价高 少寄 少装 少放 不是我要的 不是我想要的 跟我要的不一样 "
                "和我要的不一样 "
                # a free service made paid (车联网服务改为收费; the twenty-second round)
                "改为收费 改成收费 变成收费 开始收费 要收费了"
            ),
            patterns=(
                # (the forty-fifth round: within the clause — 还没有安装，赠品… is no gift missing)
                r"没(有|给|送|放)[^,。.!?;:…~]{0,3}(筷子|勺子|餐具|纸巾|饮料|发票|赠品|配件|说明书|鼠标|"
                r"小菜|酱)",
                r"少(了|送了|给了|发了)?(一|两|\d)?(份|个|瓶|杯|盒|件|样)",
                r"(?:^|(?<=[,。.!?;~]))少了",
                r"只(给|送|发|寄)了?我?(一|1|两|半)",
                # the thirty-fifth round: the shop forgot a part of the order (忘记给我发货了,
                # 忘记配送, 忘了送), not a reminder (别忘了给我发货) nor a cook's slip (忘记放盐:
                # the dish's)
                r"(?<![别不要记得])忘(记|了)(给我|帮我)?(发货|送|配送|寄)",
                r"(缺少|缺了|少了)(商品|东西|货|配件)",
                # the thirty-sixth round: what should come with it bought at the buyer's cost
                # (配件还都要花钱买, 什么配件都要自己买, 没送原装鼠标还需要自己买, 还得自己掏钱修)
                # — not asked about (配件需要自己买吗？)
                r"((要|得|需要)(自己|另外|额外)(花钱|掏钱|自费|出钱|买)|(要|得)花钱买|自己掏钱)"
                r"(?![^,。.!?;~]{0,3}(吗|么|嘛|\?))",
                # the forty-second round: the thing sent in place of the one ordered (送成了菠萝,
                # 早餐都送成午餐, 发成了黑色的, 送来的根本不是我点的) and an extra not even sent
                # (连个软管也不送, 连个赠品都没送): the order not delivered as agreed
                # (labelling guide: wrong or missing items, missing extras)
                r"(?<![开研出启头])(送|发|寄|配)成了?(?![功本果绩为熟型形长员立把片团堆])|(送来|送过来|发来|寄来|收到)的(东西|货)?(就|都|根本|竟然|居然)?"
                r"不是我?(订|点|要|买|选)的",
                r"连(个|一个|一双|一包|一张|一根)?[^,。.!?;~]{1,6}?(也|都)(不|没|没有)(送|配|赠)",
            ),
            negations=("不是", "没有"),
            note="wrong or missing items, missing invoice, extra charges",
        ),
        Rule(
            "sc.extra-fee",
            kind=C,
            weight=3,
            describes_problem=True,
            # a fee added on top (打孔另外收费, 还要加钱; the twenty-third round's second half),
            # not asked about (要另外收费吗 is a consultation)
            terms=_w(
                "另外收费 额外收费 另收费 另外加钱 额外加钱 还要加钱 "
                # the thirty-eighth round: a fee taken from the writer (消费被收取手续费, 被扣了1元,
                # 被多收了十块)
                "被收取 被多收 多收了 被扣费 被扣了 "
                # and by someone unknown (我的卡被人扣费了, 被别人扣了钱)
                "被人扣费 被人扣款 被人扣钱 被人扣了 被别人扣 被他人扣"
            ),
            negations=("不是", "没有", "不会", "无需", "不用"),
            question_frames=QUESTION_FRAMES,
            note="a fee charged on top of the price; asked about, a consultation (its "
            "category is the fee's own word's: 收费 is sc.price's, 加钱 the subject's)",
        ),
        Rule(
            "sc.charge-disputed",
            # a charge or a deduction disputed (保洁费凭什么扣我200？入住时就有污渍, 退租时乱扣费,
            # 凭什么让我赔): the grievance is the money taken, as a charge taken twice or too
            # much (多扣, 乱扣) is; a defect word beside it only tells why the writer owes nothing
            # (the stain was there before), so the charge outranks it (R-CMP-02, R-CMP-03: the
            # labelling guide's extra charges → sales_contract).  Not a deposit kept (押金被扣 is
            # rx.deposit-kept's), a failure to pay (怎么扣不了款), a payee (为什么不能新增收款人)
            # nor points (扣我分)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(
                r"(凭什么|凭啥|为什么|为啥|为何|无缘无故|莫名其妙|无故|随便|随意)"
                r"(?:(?!不|没|押金|保证金)[^,。.!?;]){0,4}?(扣|收(?!到|货|件|藏|拾|入|益|据|听|看)|罚)(了)?(我|我们)?(的)?"
                r"(?:(?!不|没|押金|保证金)[^,。.!?;]){0,4}?([0-9一二两三四五六七八九十百千几]+(块|元)?|钱|费|"
                r"款(?!人|方|码|账|帐|户))",
                r"乱(扣|收)(费|钱|款)",
                r"(凭什么|凭啥|为什么|为啥|为何)[^,。.!?;]{0,4}?(让|要|叫)我(们)?(赔|赔偿|承担|出钱|掏钱|付钱)",
            ),
            # (a deposit's deduction disputed, 押金为什么扣了200, is rx.deposit-kept's)
            silencers=(
                r"(押金|保证金)[^,。.!?;]{0,6}?(凭什么|凭啥|为什么|为啥|为何|无缘无故|莫名其妙|无故|随便|随意)",
            ),
            note="a charge or a deduction disputed: the money's matter, above a defect word "
            "that only explains it",
        ),
        # ---- general topics: category other --------------------------------------------------
        Rule(
            "ot.expiry",
            category=Category.OTHER,
            weight=4,
            patterns=(
                rf"({NOT_GOODS}){_SAME_CLAUSE}{{0,8}}?({_EXPIRES})",
                rf"({_EXPIRES})的?{_SAME_CLAUSE}{{0,2}}?({NOT_GOODS})",
            ),
            overrides=("pq.taste",),
            note="points, memberships, cards, coupons expiring: not spoiled goods (积分会过期吗)",
        ),
        Rule(
            "pq.supply",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=5,
            terms=_w(
                "停电 停水 断电 停了电 断水 停了水 水压低 水压过低 "
                "水压太低 水压很低 无信号 爆管 爆水管 溢流 污水溢出 污水外溢"
            ),
            patterns=(
                # 没电 and 没水, not 没电话, 没有电梯, 没水平
                r"没有?电(?![话视脑梯影器子动车扇源线费表卡池量])",
                r"没有?水(?![平准果杯壶龙管费表泥分])",
                r"(没|没有|无)\S{0,6}信号",
                r"(接收|接受|收|搜)不到\S{0,6}信号",
                r"信号(不好|很差|太差|不稳定?)",
                # the forty-fourth round: a signal's strength judged (信号强度很差, 信号弱) and a
                # phone's or an operator's network called bad (手机网络太差, 联通网络太烂):
                # the service's own quality, not the plan it is sold on (labelling guide, telecom:
                # signal, speed and dropped lines → product_quality)
                r"信号(强度)?[^,。.!?;:…~]{0,3}?(很弱|太弱|弱|差|不好|不稳)",
                r"(手机|移动|联通|电信|[345]g)网络[^,。.!?;:…~]{0,4}?(差|烂|不好|不稳|很弱|太弱)",
                r"(水管|管道|水表|自来水管|供水管|消防栓)\S{0,2}(爆裂|破裂|裂开|爆了|漏水)",
                r"(排水沟|下水道|下水管|排水管|管道|厕所|马桶|化粪池|粪池)\S{0,2}(堵塞|堵了|堵住)",
                r"(燃气|天然气|煤气|宽带|网络|有线电视|电视)\S{0,6}(不能|无法|没法)\S{0,2}"
                r"(使用|用|观看|上网)",
                # when the supply comes back (什么时候来电？): a failure asked about
                r"(什么时候|何时|啥时候)(才能|能|可以|会)?(来电|来水|通电|通水|恢复(供电|供水|供气|通电|通水))",
                r"(未|没有|没|尚未)恢复(供电|供水|供气|通电|通水)",
            ),
            negations=NEGATIONS,
            note="a supply that fails — power, water, gas, signal, a burst main, a blocked drain — "
            "reported by a resident (labelling guide, the nineteenth batch's supply failures): "
            "product quality",
        ),
        Rule(
            "rq.connection",
            kind=C,
            category=Category.REPAIR_QUALITY,
            weight=6,
            patterns=(
                r"(燃气|天然气|煤气|管道气|宽带|网络|固话|座机|有线电视)[^。.!?;]{0,16}?"
                r"(未|没有|没|不能|无法|不给|迟迟未|一直没有?|至今未|仍未|还没有?)\S{0,2}"
                r"(开通|安装|接通|装上|通上)",
                r"(未|没|没有|不)通(燃气|天然气|煤气)",
            ),
            negations=_w("是否 能否 如何 怎么"),
            note="a gas, broadband or line connection not made (labelling guide, the nineteenth "
            "batch's connections): repair quality, an installation not done",
        ),
        Rule(
            "pc.misconduct",
            kind=C,
            category=Category.PROPOSAL_CRITICISM,
            weight=4,
            terms=_w(
                "无照经营 无证经营 非法经营 无证无照 非法采砂 非法采沙 非法挖沙 偷沙 盗沙 偷采 "
                "卖淫 嫖娼 聚众赌博 开设赌场 传销 非法集资"
            ),
            patterns=(r"(没有|没|未|无)(办理|办|取得)?\S{0,2}(营业执照|经营许可证?|卫生许可证?)",),
            negations=_w("是否 有没有 如何 怎么 需不需要 要不要"),
            note="others' unlawful conduct reported (unlicensed trading, sand theft, "
            "prostitution): proposal criticism (labelling guide, the fourth and nineteenth "
            "batches' misconduct not suffered)",
        ),
        Rule(
            "ot.nuisance",
            kind=C,
            category=Category.OTHER,
            weight=5,
            terms=_w(
                "扰民 噪音扰民 严重扰民 占道经营 占道摆摊 私搭乱建 违章搭建 违规搭建 违法搭建 "
                "偷排 乱排乱放 黑臭 扬尘污染 噪音污染 "
                # a parking space taken (车位天天被占; the twenty-first round)
                "乱停车 乱停乱放 车位被占 车位天天被占 车位总被占 车位经常被占 "
                # a neighbourhood left dirty (the twenty-second round: 蚊虫滋生, 污水非常臭; not
                # 臭气熏天 nor 垃圾成堆, which a resident also writes of rubbish the property's
                # cleaners left: service quality)
                "蚊虫滋生 杂草丛生 污水横流 污水直排 "
                "排放臭气 散发恶臭 恶臭味 摊贩 乱摆摊 摆摊设点 灰尘满天 尘土飞扬"
            ),
            patterns=(
                # (the forty-eighth round: 干扰到了居民的正常生活, 打扰邻居休息 likewise)
                r"(影响|干扰|打扰)[^,。.!?;:…~]{0,4}?(居民|住户|业主|村民|市民|邻居|老人|小孩)\S{0,6}"
                r"(休息|生活|睡眠|睡觉|出行|健康)",
                # work at night, a river or a ditch that stinks (the water is no goods)
                r"(晚上|半夜|凌晨|深夜|夜间|夜里|通宵)[^,。.!?;:…~]{0,8}?(施工|打桩|作业|开工)",
                # (the forty-eighth round: also a river told dirty, 河面特别脏, and its stench
                # a few words on, 金港河(金港公园附近)为什么还是经常发臭; not 河南, 河北)
                r"(河(?![南北源粉])|水沟|沟渠|水渠|池塘|水体|水质|污水|下水道)"
                r"[^,。.!?;:…~鱼虾蟹]{0,16}?(?=[发黑恶臭很好太非特变浑污脏])"
                r"(?:发黑|发臭|黑臭|恶臭|臭味|很臭|好臭|太臭|非常臭|特别臭|变黑|浑浊|污染|脏臭|"
                r"(?:很|太|特别|非常|好)脏)+",
                # the forty-seventh round: fumes that drift into homes (油烟向上飘着, 油烟扰民) and
                # residents who dare not open a window (住户晚上都不敢开着窗户睡觉, 窗户不敢开) —
                # a nuisance from outside; not a hotel window that will not open (不能开窗: the
                # room's fault) nor a restaurant's smoky room (油烟味大)
                r"油烟[^,。.!?;:…~]{0,6}?(扰民|飘|熏到|熏得|窜)",
                r"不敢开着?窗|窗户?都?不敢开",
            ),
            # (the forty-eighth round: and a room's dirt word inside it, 河面特别脏's 脏)
            overrides=("pq.food", "pq.defect", "pq.taste", "pq.room"),
            note="a nuisance suffered as a neighbour (扰民, 占道经营, 违章搭建, 影响周边居民休息, "
            "施工 at night, a river that stinks), "
            "reported to the body that must handle it: a complaint, category other "
            "(labelling guide, a message to a public body)",
        ),
        Rule(
            "kind.medical",
            kind=Kind.CONSULTATION,
            category=Category.OTHER,
            weight=12,
            patterns=(
                # (and 望医生能推荐…, a written plea: the thirty-sixth round; not 看望, 探望)
                r"(请|请问|求|希望|麻烦|想请|恳请|想问|(?<![看探])望)(一下)?(医生|大夫|专家|主任|教授)",
                # (医生看看 asks; 医生看了那么久 tells: the twenty-third round; what the doctor did
                # or can do told in thanks tells too: 王主任给我制定了详细的手术方案, 李主任帮我
                # 选择了局麻, 张医生能认真负责的对待每一位患者 — the thirty-sixth round: 帮, 给
                # with a 了 or 过 after them tell, 能 asks only before a question's ending)
                r"(医生|大夫|专家|主任|教授)(您好|你好|看看|看一下|看下|麻烦|"
                r"(帮|给)(?![^,。.!?;]{0,12}?[了过])|能(?=[^。!]{0,30}?(吗|么|嘛|\?)))",
                # a plan or advice asked for (请给个治疗方案, 有什么治疗建议, 治疗方案是什么？), not
                # one received and told of (出具了专业化治疗方案, 治疗方案很有效: the twenty-ninth
                # round)
                r"(请|求|想要|想问|需要|希望|给个|给点|给些|有没有|有啥|有什么|什么|哪些|哪种)"
                r"[^。,!?;]{0,6}?(治疗|诊疗|用药|手术)(上|方面)?的?(建议|意见|方案)",
                r"(治疗|诊疗|用药|手术)(上|方面)?的?(建议|意见|方案)[^。,!;]{0,8}?"
                r"(吗|呢|么|是什么|有哪些|\?)",
                # (not what someone taught or told: 教我们怎么检查; the forty-fifth round)
                r"(?<!教)(?<!教我)(?<!教我们)(?<!告诉我)(?<!告诉我们)"
                r"(怎么|如何|怎样|该怎么|要怎么|该如何)(治|治疗|调理|用药|检查|诊断)",
                r"(需要|要不要|用不用|能不能|能否|可不可以|是否需要|是否要|要)(做)?"
                r"(手术|住院|复查|吃药|就诊|打针|治疗|化疗|输液)",
                # the thirty-ninth round: whether a treatment can be had (能做心脏手术吗, 可以打五联
                # 疫苗？, 激光可以除去么)
                r"(能|可以|可否|能否)(做|动|打|接种)?[^,。!?;]{0,4}(手术|疫苗|激光|微创)[^,。!;]{0,4}"
                r"(吗|么|嘛|\?)",
                # the twentieth round: which medicine, which tests, can it be cured
                # (吃什么药缓解, 需要检查什么项目, 好治愈吗)
                r"(吃|用|开|服)(什么|啥|哪种|哪些)药",
                r"(检查|查)(什么|哪些|哪方面的?)(项目|部位)?|做(什么|哪些)检查",
                r"(治愈|治好|根治|痊愈)(吗|么|不)",
                # the thirty-third round: side effects, which department, whether it will
                # spread or turn, what illness it is, a better treatment asked for (这种药物对宝宝
                # 有副作用么, 挂什么科, 会不会癌变, 有其他好的治疗方法吗)
                r"(有|会有)(什么|没有)?副作用|副作用(吗|么|嘛|大吗|大不大)|挂(什么|哪个|啥)科|"
                r"会不会(癌变|遗传|传染|复发|恶化)|是(什么|啥)病|"
                r"(好的|别的|其他的?|更好的)(治疗)?(方法|办法)(吗|么|嘛|\?)",
                # the twenty-second round: a symptom, then what it is or what to do about it
                # (肚子疼…是什么原因, 咳嗽不停…怎么办, 流血了…是什么情况)
                # (拉肚子 or 呕吐 after a meal is food poisoning, a complaint: not listed)
                r"(疼|痛|痒|肿|咳|发烧|发热|头晕|头昏|出血|流血|发炎|胀|麻木|"
                r"酸痛|无力|失眠|便秘|月经|怀孕|孕)[^。!?]{0,30}?((是|有)?(什么|啥|哪些)(原因|情况|病因)|"
                r"怎么办|怎么回事|怎么治|如何治|该怎么|怎样治|能治吗|严重吗|要紧吗)",
                # the thirty-ninth round: and the body's other signs, asked what they are (睡时突然
                # 停止呼吸…是什么原因, 胎动厉害…是什么情况); not 怎么回事 or 怎么办 after them,
                # which a customer harmed by the goods asks too (用了面霜长了好多疙瘩，怎么回事)
                r"(呼吸|胎动|心慌|心悸|胸闷|耳鸣|抽搐|水肿|结节|红肿|溃烂|瘙痒)[^。!?]{0,30}?"
                r"((是|有)?(什么|啥|哪些)(原因|情况|病因)|怎么治|如何治|怎样治|能治吗|严重吗|要紧吗)",
                # the twenty-third round: a reading of one's results asked for
                r"(请|求|麻烦)(专家|医生|大夫)(解读|看看|分析|诊断)|(请|求)(专家|医生|大夫)?(解读|诊断)",
                r"(给|提)(些|点|一些|一点|个)?(指导|治疗|诊疗|专业)(的)?(意见|建议|方法)",
            ),
            # thanks before it: care received, no request (感谢医生给我看病, 感谢主任给我们术后的
            # 指导: the twenty-ninth round, patients' reviews); a plan told of rather than asked
            # for (给出快速治疗方案) is left by the patterns above
            negations=("感谢", "谢谢", "感恩", "多谢"),
            window_chars=6,
            describes_problem=False,
            makes_request=True,
            note="a patient's request for a doctor's opinion — how to treat the illness, "
            "which medicine or tests: a consultation however the symptoms are described; the "
            "symptoms' words (难受, 恶心, 很差) are what it is about, no verdict "
            "(labelling guide, eleventh batch: requests on a consultation site)",
        ),
        Rule(
            "kind.illness",
            kind=Kind.CONSULTATION,
            category=Category.OTHER,
            weight=12,
            patterns=(
                r"(挂|看|去)(哪个|什么|哪|哪一)(个)?(科|科室)",
                r"(是什么|什么)(病|病症|疾病)",
                # the twentieth round: is it an illness (是不是应激性肠胃综合症)
                r"是不是\S{0,10}((?<!通|毛)病|炎|症|综合症|综合征|过敏|感染|结节)",
            ),
            describes_problem=False,
            note="a question about what an illness is or which department treats it: a "
            "consultation (labelling guide, eleventh batch); unlike a request for treatment "
            "it is asked in complaints about a hospital too (该看哪个科却让自己去挂号)",
        ),
        Rule(
            "kind.medical-fee",
            kind=Kind.CONSULTATION,
            category=Category.SALES_CONTRACT,
            weight=8,
            patterns=(
                r"(手术|治疗|检查|住院|看病|就诊|挂号|化验|复查|激光|做个|做一个)"
                r"[^,。.!?;:…~]{0,8}?(多少钱|费用|花多少|要多少|贵不贵|价格)",
            ),
            describes_problem=False,
            makes_request=True,
            note="a patient's question about the cost of a treatment or a test: a "
            "consultation, category sales contract (labelling guide, eleventh batch: fees)",
        ),
        Rule(
            "sc.overwork",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w(
                "大小周 单休 无加班费 没有加班费 没加班费 无加班工资 "
                "没有加班工资 加班无工资 加班没工资 无偿加班 免费加班 强制加班 "
                "被迫加班 隐性加班 疯狂加班 经常加班 天天加班 每天加班 "
                "加班到凌晨 加班不调休 不给调休 无年假 没有年假 欠薪 克扣工资 "
                "扣工资 降薪 恶意裁员 裁员无补偿 不交社保 不缴社保 不缴纳社保 "
                "奋斗者协议 自愿加班 两班倒 一周6天 一周六天 做六休一 上六休一"
            ),
            patterns=(
                # the working-hours codes of an overtime blacklist (996, 995, 大小周, 8106, 007)
                # (not 985 or 007 as a university's or a film's: 985高校, 007电影)
                # (the forty-second round: nor an aircraft's type, 波音777, b777-200)
                r"(?<![\d.:a-z-])(?<!波音)(?<!空客)(996|995|985|9106|8106|10106|11116|007|777)"
                r"(?![\d.:元块号米%]|大学|高校|院校|工程|毕业|学校|名校|电影|系列)",
                # the thirty-sixth round: the hours spelt out (早9晚9, 早10晚6但基本9点以后下班,
                # 加班到21:00以后, 每天10小时, 周六也要来上班, 周末给任务), not a shop's opening
                # hours (每天24小时营业)
                r"早[0-9一二三四五六七八九十]{1,2}(点|:[0-9]{2}|\.[0-9]{1,2})?晚[0-9一二三四五六七八九十]{1,2}|"
                r"[0-9一二三四五六七八九十]{1,2}点(以后|之后|后)才?下班|加班到|每天[0-9一二三四五六七八九十]{2,3}个?小时"
                r"(?!营业|开放|服务|在线|供应|热水|不间断|都有)|"
                r"(周末|周六|周日|双休日?)也?(要|得|给)?来?(上班|加班|给任务)",
            ),
            negations=NEGATIONS,
            note="an employer's hours and pay — 996, 大小周, overtime unpaid, wages cut or owed, "
            "no annual leave (labelling guide, the fifteenth batch: complaint, the terms of "
            "work)",
        ),
        Rule(
            "ot.public",
            category=Category.OTHER,
            weight=4,
            terms=_w(
                "河道 内河 河水 河面 河岸 河涌 水系 支河 支流 排污 排污口 污水管 清淤 淤泥 渣土 "
                "渣土车 围挡 市政 路灯 井盖 下水道 雨水管 管网 征迁 拆迁 内河整治 河道整治 "
                "夜间施工 通宵施工 施工噪音 施工扰民 工地"
            ),
            note="public works and the environment (a river, sewage, roadworks, street lights) "
            "reported to a public body: category other (labelling guide, a message to a public "
            "body)",
        ),
        Rule(
            "ot.topic",
            category=Category.OTHER,
            weight=2,
            terms=_w(
                "营业时间 几点关门 几点开门 开门 关门 上班吗 营业吗 营业 停车 车位 会员卡 会员 "
                "积分 加盟 代理 招聘 参观 许可证 办证 营业执照 证件 材料 手续 培训 快递柜 邻居 "
                "噪音 吵 宠物 装修 保质期 纯粮 地址 位置 怎么走 在吗 "
                "openinghours open address parking park membership location"
            ),
            note="general information and matters outside the categories",
        ),
        Rule(
            "ot.schedule",
            category=Category.OTHER,
            weight=2,
            # (R-CMP-01, R-CMP-02) a public service's timetable or hours asked about — a bus or
            # metro line's first or last run (请问公交12路末班车几点？, 地铁几点停运, 首班车什么
            # 时候发车), an office's or a hospital's hours (医院几点上班, 办事大厅什么时候开门),
            # how to ride or pay (几路车怎么坐, 燃气费怎么交): the subject a consultation is
            # about, so a question a hotline hears every day is read with confidence; not a
            # wait complained of (公交等了一个小时还不来, 停水什么时候恢复 is the supply's)
            patterns=(
                r"几路(车|公交|公交车|汽车)?(?=到|去|经过|能到|可以到|坐到)",
                r"(末班车|首班车|末班|首班|班车|公交|地铁|轻轨|有轨电车|发车|班次|线路|站点|车站|停运|"
                r"运营时间|营运时间)[^,。.!?;]{0,8}?(几点|什么时候|何时|几时|多久一班|多长时间一班|"
                r"间隔|怎么(坐|乘|走|去|换乘|乘坐)|在哪|经过|到不到|停不停)",
                # (a business hall's hours are its service's: 营业厅几点下班, rule tel.store)
                r"(?<!营业厅)(?<!服务厅)(?<!服务大厅)(?<!自有厅)"
                r"(几点|什么时候|何时|几时)(开始)?(上班|下班|开门|关门|办公|营业|开放|发车|停运|收车|"
                r"首班|末班|出发|开馆|闭馆)",
                r"(?<![你他她])(怎么|如何|在哪|在哪里|去哪|去哪里|哪里可以|怎样)(交|缴|缴纳|缴费|交费|"
                r"挂号|乘坐|换乘)(?![了的过])",
            ),
            # a business hall's hours are its service's (营业厅周日几点下班, rule tel.store),
            # whatever words stand between the hall and the hour
            silencers=(r"(营业厅|服务厅|服务大厅|自有厅)[^,。.!?;]{0,8}(几点|什么时候|何时|几时)",),
            note="a public service's timetable, hours or how to pay asked (末班车几点, "
            "医院几点上班, 燃气费怎么交): the subject of a consultation",
        ),
        # the fortieth round: the subject of a complaint that names no other topic word — a
        # game's story or play, a device's parts, an app's working, a course's teaching, a
        # lukewarm verdict on the thing itself (labelling guide: the goods themselves, a
        # game, an app's faults, course reviews) — is the product (R-CMP-02)
        Rule(
            "pq.game",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w(
                "剧情 剧本 结局 主线 支线 人物塑造 角色塑造 角色 玩法 手感 打击感 平衡性 "
                "可玩性 匹配机制 地图 画风 配音 立绘 gameplay storyline "
                # the forty-second round: a book's, a film's or a course's own parts — its
                # plot, acting, writing, chapters, picture (情节, 演技, 文笔, 章节, 画质, 书中)
                # — are the work itself, the goods reviewed (labelling guide: the goods
                # themselves; book, film and course reviews)
                "情节 故事情节 演技 文笔 原著 台词 章节 画质 书中 书里 这本书 此书 影片"
            ),
            silencers=(_DEMANDED,),
            note="a game's or a story's own parts (剧情, 结局, 角色, 玩法, 平衡性): the product "
            "(labelling guide, game reviews)",
        ),
        Rule(
            "pq.device",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w(
                "屏幕 电池 续航 摄像头 拍照 指纹 内存 音质 铃声 像素 待机 耗电 发烫 扬声器 "
                "喇叭 键盘 触屏 触摸屏 蓝牙 battery screen camera"
            ),
            # a device's charging (充电慢, 充电器, 充电时发烫), not a charging station nor
            # vehicles parked and charged (充电站, 停放充电)
            patterns=(r"充电(慢|快|口|器|头|线|宝|时|速度|很|太|特别|不|发热|发烫|半天|一晚)",),
            negations=_REPAIRED,
            negations_after=_REPAIRED,
            silencers=(_DEMANDED,),
            note="a device's parts and working (屏幕, 电池, 续航, 指纹): the goods themselves",
        ),
        Rule(
            "pq.car-parts",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w(
                "变速箱 发动机 油耗 内饰 刹车 导航 车身 转向 底盘 悬挂 座椅 方向盘 后视镜 轮胎 "
                "车机 天窗 雨刮 大灯"
            ),
            # a car's power, not an offer's strength (活动力度) nor a gym's name (星动力)
            patterns=(r"(?<![活星])动力(?!度)",),
            # a part repaired or serviced is what the repair is about (维修后发动机还是异响,
            # 变速箱修了三次): the repair's category, not the part's
            negations=_REPAIRED,
            negations_after=_REPAIRED,
            silencers=(_DEMANDED,),
            note="a car's parts and driving (变速箱, 油耗, 动力, 内饰): the car itself (labelling "
            "guide, cars)",
        ),
        Rule(
            "pq.app-use",
            category=Category.PRODUCT_QUALITY,
            weight=1,
            terms=_w(
                "app 软件 程式 版本 新版 旧版 老版 登入 登录 登陆 闪退 崩溃 bug 功能 验证 识别 "
                "人脸 下载"
            ),
            # how a step is done, asked (怎么登陆？, 如何在POS机上面开通缴费功能？): a question
            # about the service's procedure, no verdict on the app
            negations=_w("怎么 如何 怎样 哪里 在哪 能否 能不能 可以 可不可以 how"),
            # cannot log in, open or download (登录不到, 入唔到 read as 入不到, download不到)
            patterns=(r"(登入|登录|入|认|用|开|load|download|下载|click|扫)不到",),
            silencers=(_DEMANDED,),
            note="an app's or a site's working named (版本, 登录, 闪退, 验证, 入唔到): the "
            "product, a weak subject the terms of a credit service or a sale outweigh",
        ),
        Rule(
            "pq.lesson",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            terms=_w(
                "讲课 讲的 讲得 讲解 老师讲 课程 课件 ppt 照本宣科 念稿 口音 "
                # the forty-fourth round: the teacher and what the teaching leaves out or drags
                # (讲师, 知识点, 发音, 听天书, 没有讲原理, 讲完): the course itself
                "讲师 知识点 发音 听天书 讲完 讲清楚 讲明白 讲透"
            ),
            # the forty-fourth round: a lesson that leaves things out or talks on (没有讲原理,
            # 根本没讲, 废话太多); not 不讲理 or 废话不多说
            patterns=(
                r"(没有?|并没有?|根本没有?)讲(?!理|道理|卫生|信用|诚信|究)",
                r"废话(太多|很多|好多|连篇|一堆)",
            ),
            # what a member of staff said is no lesson (客服讲的跟实际完全不一样: a promise not
            # kept, the sale's)
            negations=_w("客服 销售 店员 导购 商家 卖家 业务员 中介 经理 售货员 工作人员"),
            window_chars=6,
            # (nor 课程顾问, a job title: the forty-fifth round)
            negations_after=("顾问",),
            # (the forty-fourth round: nor what a doctor explained or left unsaid — 医生没讲清楚,
            # 主任讲解得很耐心 — which is the hospital's care, its service: labelling guide,
            # hospital reviews)
            silencers=(_DEMANDED, r"医生|医师|大夫|护士|护理|医院|诊|主任|病"),
            note="a course's teaching named (讲课, 讲得, 课件, 照本宣科): the product (labelling "
            "guide, course reviews)",
        ),
        Rule(
            "pq.lukewarm",
            category=Category.PRODUCT_QUALITY,
            weight=1,
            patterns=(
                r"(很|太|比较|挺|真的|非常|相当|十分|真心|实在|特别)一般(?!来说|情况|都|是|几|多|"
                r"什么|要|会|在|的话|便宜|早|晚)",
                r"一般般|一般(吧|啊|呀)|一般(?=$|[,。.!?;~])",
                # whole, so that the boundary word 味道一般 does not cut it (味道一般般)
                r"(味道|口味|口感)一般般?",
            ),
            note="a lukewarm verdict (很一般, 一般般): on the thing itself when the text names "
            "no other subject (labelling guide, lukewarm verdicts)",
        ),
        # ---- the forty-first round: subjects told by how customers write them (R-CMP-03) ----
        Rule(
            "sc.unexplained-charge",
            category=Category.SALES_CONTRACT,
            weight=3,
            patterns=(
                # the forty-first round: money gone for no reason (无缘无故扣钱, 卡莫名其妙被刷了,
                # 莫名其妙的支出, 平白无故欠费, 账上多了一笔): the account's terms and
                # their execution, whatever the service (labelling guide, finance)
                r"(无缘无故|莫名其妙|莫名|平白无故|无故)[的地]?\S{0,3}?(扣|被刷|刷了|被划|支出|欠费|欠你们|"
                r"欠了|收费|收了|多收|少了钱)",
                r"(多了|多扣了?|少了)一笔",
            ),
            note="money taken or owed for no reason the writer knows: the sale's terms",
        ),
        Rule(
            "sc.deceit",
            category=Category.SALES_CONTRACT,
            weight=2,
            # the forty-first round: being lied to by the seller (骗人的, 被骗了, 撒谎,
            # 言而无信, 上当了) is a promise or an advertisement not kept (labelling guide, sales
            # contract: false advertising, promises not kept); not a swindler outside the sale
            # (骗子, 诈骗), whose report names no sale
            terms=_w("被骗 欺骗 撒谎 言而无信 说话不算话 上当 受骗 虚假宣传 挂羊头卖狗肉"),
            patterns=(r"(?<![诈行给])骗(人(?!的负罪|感)|了|钱)",),
            note="the writer deceived by the seller: a promise or an advertisement not kept",
        ),
        Rule(
            "sc.payment-failed",
            category=Category.SALES_CONTRACT,
            weight=3,
            patterns=(
                # the forty-first round: a payment, a transfer or a withdrawal that fails (支付不了,
                # 转账一直提示失败, 刷卡后钱没到账, 取款机不吐钞, 没取到钱) or a card or an account
                # locked (锁卡, 无故封锁户口): the execution of the payment agreement, whatever
                # app or machine carried it (labelling guide, finance: payment failed, account
                # frozen → sales_contract)
                r"(支付|付款|交易|转账|转数|刷卡|取款|取钱|提现|收款|"
                # (the forty-fourth round: a repayment, a loan, a top-up or a remittance that
                # fails — 还款没成功, 借款一直没到账, 充值失败 — is the credit or payment
                # agreement's execution, not the app's: 没成功 alone reads as an app's fault)
                r"还款|还钱|借款|放款|贷款|汇款|充值|存款)[^,。.!?;:…~]{0,6}?(不了(?!解)|失败|错误|"
                r"不行|没成功|不成功|没到账|没有到账|未到账|收不到|唔到|未收到|报错)",
                # the forty-fourth round: money that has not arrived (还没有到账, 转给商户的没
                # 有到账, 钱没进到对方账户) and a loan that cannot be drawn (借不出来, 贷不到) — the
                # agreement's execution, whatever app carried it (labelling guide, finance)
                r"(没有?|未|还没有?|一直没有?|都没有?|尚未)(到账|入账|进账)|"
                r"钱[^,。.!?;:…~]{0,4}?没有?(进|到|转)[^,。.!?;:…~]{0,3}?(账户|账上|卡里|卡上|户口)|"
                r"(借|贷)(不|唔)(出来|出|到)",
                # (a card locked, not a door lock that sticks: 门锁卡住了; an account shut, not a
                # road or a city: 疫情封锁)
                r"没取到钱|不吐钞|(?<![门车柜箱窗])锁卡(?!住|死|顿)|"
                r"(账户|账号|户口|银行卡|信用卡)[^,。.!?;:…~]{0,4}?(被)?(封锁|锁定|冻结)|"
                r"(封锁|锁定|冻结)了?(我的?)?(账户|账号|户口|银行卡|信用卡)|"
                r"(无故|无端|莫名其妙|莫名|突然)(地|的)?(被)?(封锁|锁定|冻结)",
            ),
            # (the forty-fourth round: a refund that has not arrived — 退款提交一周了还没到账 —
            # is the return's, whose demand the guide puts first)
            silencers=(r"退款|退钱|退费|退货",),
            note="a payment that fails or an account locked: the payment agreement's execution",
        ),
        # ---- the forty-second round: a thing that will not work (R-CMP-02, R-CMP-03) ---------
        Rule(
            "pq.fails-to-work",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            patterns=(
                # the forty-second round: a device's or an app's step that fails — cannot open,
                # start, connect, install, load or log in (無法開啟, 打不开, 连接不上, 设置不了,
                # 认证失败, 点了没反应) — is the thing itself (labelling guide: the goods
                # themselves; a public service's fault: apps), whatever it is; a payment that
                # fails is the sale's (sc.payment-failed), so money verbs are not here
                r"(无法|不能|没法|没办法|没有办法)(正常)?(开启|打开|开机|启动|安装|连接|连上|联网|"
                r"上网|显示|播放|加载|登录|登入|登陆|设置|识别|认证|验证|绑定|更新|升级|下载|"
                r"搜寻|搜索|定位|横屏|旋转|预览|打印|同步|保存|运行|使用(?!优惠|积分|额度|红包|券))",
                r"(打不开|开不了机|开不开机|开不了机|(连|连接|登|登录|登陆|装|安装|加载|设置|更新|"
                r"升级|下载|播|播放|识别|认证|绑定|启动)不(了|上|进去|出来))",
                r"(认证|验证|识别|登录|登陆|登入|安装|加载|连接|升级|更新|绑定|下载|启动|开机)"
                r"(一直|总是|老是|还是|都|又)?(失败|出错|报错|没反应|没有反应|无反应)",
                r"(一直|总是|老是|经常|动不动就?)(跳掉|闪退|卡死|死机|黑屏|白屏|自动退出)",
            ),
            silencers=(_DEMANDED,),
            note="a device's or an app's step that fails (打不开, 连接不上, 认证失败): the "
            "product, not the sale",
        ),
        # ---- the forty-third round: a product chosen, work's pace, an account opened (R-CMP-03) --
        Rule(
            "pq.choice-asked",
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                # the forty-third round: a question that asks which product suits the writer or
                # how good one is (适合买哪种, 什么样的适合, 这款怎么样?, 怎么样合算) is about
                # the product itself, whatever is sold — a phone, a course, an insurance policy
                # (labelling guide: a consultation takes the category of its subject; a
                # product's features → product_quality). "Which one is good" asked at a
                # clause's end (哪种好, 买哪个划算) stays kind.which-is-good's, category other.
                # Not how a thing is done (怎么样才能, 怎么样还款), a case's progress (进度怎么样,
                # 处理得怎么样了), an opinion sought (你觉得怎么样?) nor the weather, the way
                # there, the place or the service (天气怎么样, 交通怎么样, 位置怎么样, 服务怎么样).
                # How good one is asked only of a product named with a measure word (这款怎么样?,
                # 那个型号怎么样呢): a bare 怎么样? asks of a price, a delivery, an after-sales
                # desk or the firm itself (价格怎么样?, 快递怎么样?, 你们最近怎么样?) — their own
                # rules' topics — or of a product named as one (美亚万国游踪保险怎么样?, 这手机的
                # 质量怎么样?)
                r"(适合|适用)[^,。.!?;:…~]{0,4}?(哪种|哪款|哪个|哪一种|哪一款|哪类|什么样)",
                r"什么样的?[^,。.!?;:…~]{0,10}?适合",
                r"((这|那|哪)(一)?(款|个|件|台|种|辆|部|套|只|双|支|类|型号)[^,。.!?;:…~]{0,8}?|"
                r"(保险|险种|产品|手机|电脑|平板|耳机|手表|型号|款式|牌子|品牌|质量|做工|面料|材质|"
                r"配置|课程)[的]?)(?<![度况果了得气通置境务])怎么样(?=[?呢啊]|$)|怎么样(合算|划算)",
            ),
            note="a question of which product suits or how good one is: the product itself",
        ),
        Rule(
            "sq.work-pace",
            category=Category.SERVICE_QUALITY,
            weight=2,
            patterns=(
                # the forty-third round: the pace of people's work judged as efficiency
                # (办事效率, 工作效率太低, 审核的效率, 这效率) is how the staff handle the
                # customer (labelling guide: waiting, negligence → service_quality) in a bank,
                # a hospital, a hotel or an office; not a machine's or a game's efficiency
                # (电池效率, 效率低下的玩法)
                r"(工作|办事|办理|处理|服务|行政|审核|审批|柜台|客服|员工|人员)的?效率",
                r"(?<![高低有])(这|这个|这种|你们的?)效率",
            ),
            note="the staff's pace of work judged as efficiency: how people serve the customer",
        ),
        Rule(
            "sc.account-opening",
            category=Category.SALES_CONTRACT,
            weight=2,
            # the forty-third round: an account opened, refused or never opened (开户, 开不了户,
            # 无得开户) is the service agreement's making in a bank, a broker or a telecom
            # operator (labelling guide, finance: the terms and execution of the service
            # agreement); not the bank an account is held at (开户行, 开户银行), nor 开 and 户
            # of other words (打开户外模式, 开展户外活动, 公开户口, 户籍, 户型)
            patterns=(r"(?<![打展公离])开(不了|唔到)?户(?!外|口|籍|型|行|银行|名|地)",),
            # (an account opening stuck at the app's identity check — 开户验证不了, 扫描证件,
            # 身份证无效, 开户系统没反应 — is the app's fault: pq.fails-to-work, the product)
            silencers=(r"验证|认证|身份证|证件|扫描|没反应|无效|verify|scan",),
            note="an account opened or refused: the service agreement's making",
        ),
        Rule(
            "kind.again-or-still",
            kind=C,
            weight=2,
            # the forty-third round: the words rq.problem counted alone until then (又坏, 还是不,
            # 反而, 第二天又, 重做, 划痕) still vote for the complaint, as a problem described,
            # but name a repair only after one (rq.problem's pattern)
            terms=_AGAIN_OR_STILL.split("|"),
            describes_problem=True,
            overrides=(),
            note="a fault back or still there, a redo or a scratch: a complaint, no category",
        ),
        # ---- the forty-fourth round: a feature, a repair not done, facilities (R-CMP-03) ----
        Rule(
            "pq.feature-supported",
            category=Category.PRODUCT_QUALITY,
            weight=5,
            patterns=(
                # the forty-fourth round: whether a card, a phone, an app or a machine supports a
                # function (支持扫码付吗, 哪些商户支持…, 支持…的商家有哪些) or that it does
                # not (不支持mp3, 暂不支持5g) is a question or a complaint about the product's
                # features (labelling guide: a consultation takes its subject's category; a
                # product's features → product_quality), whatever is sold; not support given
                # to a firm or a cause (支持你们, 支持一下, 支持国货, 不是不支持改造) nor a
                # support desk (技术支持)
                # (nor a stand taken: 不支持涨价, 我支持这个政策吗)
                r"(不|没有?|暂不|尚未|还不|未)支持(?!(这个|这种|这项|这一|此)?"
                r"(你|您|我|他|她|一下|国货|改造|工作|涨价|降价|政策|决定|观点|做法|建议|提议|方案|"
                r"意见|改革))",
                r"(?<!技术)支持(?!(这个|这种|这项|这一|此)?(你|您|我|他|她|一下|国货|改造|工作|涨价|"
                r"降价|政策|决定|观点|做法|建议|提议|方案|意见|改革))[^,。.!?;:…~]{0,12}?(吗|嘛|么|\?)",
                r"(哪些|哪个|哪种|哪家)[^,。.!?;:…~]{0,8}?支持",
                r"支持[^,。.!?;:…~]{0,8}?的(商户|商家|银行|机型|手机|设备|网站|平台|门店)",
            ),
            # (a credit line's or a repayment's terms stay the sale's, whatever supports them:
            # 花呗支持…吗, 哪些银行支持信用卡还款; a return policy stays the return's:
            # 支持七天无理由退货吗)
            silencers=(r"花呗|借呗|还款|额度|分期|信用卡|退货|退款|换货|无理由",),
            note="a function supported or not by the thing sold: the product's features",
        ),
        Rule(
            "rq.not-repaired",
            category=Category.REPAIR_QUALITY,
            weight=3,
            patterns=(
                # the forty-fourth round: a repair refused, never done or nobody sent to do it
                # (都不进行维修, 一直未维修, 没有派人来维修, 迟迟不给检修, 并没有修理) is the
                # repair work itself not done (labelling guide, repair_quality: a repair not done),
                # whether a lift, a pipe, a line or a car; not a repair not needed (不用维修, 不需要
                # 维修) nor an app's bug left unfixed (没修复: the app itself)
                r"(不|没有?|未|无人|没人|拒绝|不肯|不愿)(派人|派员|安排人员?|安排)?(来|上门|过来)?"
                r"(进行|给予|给|帮忙|及时)?(维修|修理|检修|抢修)",
                # nobody come to mend it, in the bare 修 customers write (一直没人来修, 不派人来修,
                # 也不上门修); not 修改, 修复 (an app's), 修正, 装修
                r"(没有?人|无人|不派人|没派人|没有派人|不来人|不上门|没上门|不过来|没过来)"
                r"(来|上门|过来)?(给|帮)?(我|我们)?修(?![改复正订建饰养身])",
            ),
            note="a repair refused or not done: the repair work, whatever broke",
        ),
        Rule(
            "pq.facilities",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            patterns=(
                # the forty-fourth round: a place's facilities, its hardware or its hygiene (硬件
                # 设施很差, 房间设施太差, 机上娱乐设施, 硬體設施, 卫生条件比较差) are the thing
                # sold itself, whether a hotel, a hospital, a plane or a scenic spot (labelling
                # guide: a hotel room's facilities → product_quality); not a town's public,
                # fire or road facilities (公共设施, 消防设施, 交通设施, 配套设施), a
                # government matter's
                r"(?<!公共|消防|交通|配套|基础)(设施|設施)",
                r"硬件|硬體|(卫生|衛生)(条件|條件|状况|狀況)",
            ),
            note="a place's facilities, hardware or hygiene: the thing sold itself",
        ),
        # ---- the forty-fourth round, second pass: a hospital's care, a sale's terms (R-CMP-03)
        Rule(
            "sq.hospital-care",
            category=Category.SERVICE_QUALITY,
            weight=2,
            # the forty-fourth round: a hospital, its emergency room, its clinics and its nursing
            # named in a complaint (急诊太糟糕, 这医院真差, 护理站的人, 看诊顺序) — the
            # hospital is a service business and how it treats the patient is its service
            # (labelling guide, hospital reviews: staff, care, waiting → service_quality); a
            # weak subject that a named fee, ward or building outweighs
            terms=_w("急诊 门诊 看诊 回诊 候诊 护理站 医护 医德"),
            # (a hospital named alone is no subject: a letter to a government desk or a patient's
            # question names the one they went to — only a hospital judged is: 烂医院, 很差的医院,
            # 医院太糟糕, 绝不进…医院)
            patterns=(
                r"(烂|差|糟糕|垃圾|黑|坑人|不负责任?)的?医院",
                r"医院[^,。.!?;:…~]{0,4}?(烂|差劲|糟糕|垃圾|坑人|不负责)|(绝不|别|不要|千万别)(进|去|来)"
                r"[^,。.!?;:…~]{0,4}?医院",
            ),
            note="a hospital's care and staff named: the service",
        ),
        Rule(
            "sc.not-as-described",
            category=Category.SALES_CONTRACT,
            weight=3,
            patterns=(
                # the forty-fourth round: the goods set against their picture or the seller's
                # description (和描述的差太多, 跟图片完全不一样, 与详情页不符) — the goods not as
                # offered, the sale's (labelling guide, sales_contract: "与描述不符"); not against
                # what the writer imagined (没有想象的好: the goods), and an advertisement's gap
                # left to sc.breach and the verdict beside it (只能说一般，跟宣传的差距很大)
                # (the forty-eighth round: a gap of eight, 跟我看到的图片里面的东西完全不一样)
                r"(和|跟|与)[^,。.!?;:…~]{0,6}?(图(?!片)|图片|照片|描述|介绍|详情页?)[^,。.!?;:…~]{0,8}?"
                r"(?=[差不])(差太多|差很多|差别|差距|不一样|不符|不一致|不同|不像|不怎么样)",
            ),
            note="the goods unlike their picture or description: the sale's terms",
        ),
        Rule(
            "sc.car-sold-as-new",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            # the forty-fourth round: a car sold from stock, damaged, flooded or used for demos
            # (出售库存车, 卖给我的是受损车, 卖的是试驾车) — the labelling guide's "selling
            # a damaged or old car as new": the sale's terms, not the car's faults
            terms=_w("库存车 事故车 泡水车 翻新车 试驾车 受损车"),
            patterns=(
                r"(出售|卖|卖给我|提到)[^,。.!?;:…~]{0,2}?(受损|事故|泡水|翻新|库存|二手)[^,。.!?;:…~]{0,2}?车",
            ),
            negations=NEGATIONS,
            # (asked about — 库存车能便宜多少？ — it is a question about the price, no grievance)
            question_frames=QUESTION_FRAMES,
            note="a car sold as new that was not: the sale's terms",
        ),
        # ---- the forty-fifth round: a gift's own quality, a policy's cover asked (R-CMP-03) ----
        Rule(
            "pq.gift-quality",
            category=Category.PRODUCT_QUALITY,
            weight=3,
            # the forty-fifth round: the free gift judged by its own quality (赠品质量太次了,
            # 赠品也太垃圾了, 送的赠品太差了) — the gift is goods and its quality the product's
            # (labelling guide, product_quality), not a gift promised and not sent (sc.contract's
            # 赠品, sc.missing); not the gift praised (赠品很好用) nor a gift's size alone
            patterns=(
                r"赠品[^,。.!?;:…~]{0,6}?(质量|做工)?(太|也太|真|很|好|特别|非常|超|巨)"
                r"(差|次|烂|垃圾|劣质|low)|赠品[^,。.!?;:…~]{0,4}?(质量|做工)(差|次|烂|不好|一般)",
            ),
            negations=NEGATIONS,
            overrides=("sc.contract",),
            note="a free gift's own quality judged: the product",
        ),
        Rule(
            "pq.policy-cover",
            category=Category.PRODUCT_QUALITY,
            weight=3,
            # the forty-fifth round: what a policy or a plan covers, asked or judged (这个保险的保障
            # 内容是什么, 保障范围有哪些, 年金险有什么风险吗; not a surgery's risks: 手术有什么风险
            # 吗) — a product's cover and merits are
            # the product's (labelling guide, insurance questions: "a product's cover or merits →
            # product_quality"); a claim refused as outside the cover (不在保障范围内, 不属于保障
            # 责任) is the contract's and stays so by the negation
            terms=_w("保障内容 保障范围 保障责任 保障哪些"),
            patterns=(
                r"(保险|险|保单|理财|基金|产品|年金|计划)[^。.!?;~]{0,12}?有(什么|哪些|啥)风险",
            ),
            negations=(*NEGATIONS, "不在", "不属于", "超出", "超过"),
            note="what a policy covers and its risks: the product",
        ),
        Rule(
            "pq.id-check-fails",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            # the forty-fifth round: an identity card the app will not read — photographed,
            # scanned or verified again and again in vain (扫描身份证一直失败, 身份证影不到,
            # 核对身份证搞了半个钟都不行, 身份证好难影) — the app's own step failing, the product
            # (labelling guide, app faults); not the card refused by the firm's decision (批核,
            # 不批: the agreement's), nor a card asked for or brought (请带好身份证)
            patterns=(
                r"(影|扫描?|scan|拍|核对|认证|验证|识别|上载|上传)[^,。.!?;:…~]{0,3}?身[份分]证"
                r"[^,。.!?;:…~]{0,8}?(不到|不了|不行|失败|无效|不成功)",
                r"身[份分]证[^,。.!?;:…~]{0,10}?(影|扫描?|scan|拍照?|认证|验证|识别)[^,。.!?;:…~]{0,4}?"
                r"(不到|不了|不行|失败|无效|不成功)",
                r"身[份分]证[^,。.!?;:…~]{0,3}?(好|很|太|真|超)?难(影|扫|拍|搞|认证)",
                # (and a verification that cannot be passed: 过不到认证, 无法实名认证, 不能人脸验证)
                r"(过不到|过不了|通过不了|无法通过|无法|不能)(完成|通过)?(实名|人脸|身份|账号|账户)?"
                r"(认证|验证)(?!码)",
            ),
            note="an identity card the app cannot read or verify: the app's fault",
        ),
        Rule(
            "pq.hot-water",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            # the forty-fifth round: hot water that fails — none, none coming out, a temperature
            # that falls fast or jumps (洗一半就没热水了, 热水完全出不来, 水温降得特别快, 忽冷忽热)
            # — a heater's, a room's or a building's supply, the product (labelling guide:
            # faults of the goods and the room); pq.room's 没有热水 told in shorter words
            terms=_w("没热水 热水出不来 出不来热水 忽冷忽热"),
            patterns=(
                r"水温[^,。.!?;:…~]{0,4}?(降|掉)[^,。.!?;:…~]{0,3}?(快|厉害|多)",
                r"热水[^,。.!?;:…~]{0,3}?(出不来|不出来)",
            ),
            negations=NEGATIONS,
            note="hot water missing or its temperature unsteady: the product",
        ),
        Rule(
            "ot.plan-compared",
            category=Category.OTHER,
            weight=2,
            # the forty-fifth round: a kind of insurance weighed or compared in a question (户外险
            # 好不好, 两家保险哪个更好, 保险理财和银行理财有什么区别, 商业保险靠谱吗) — a
            # question about products in general, not the terms of one's own contract (sc.
            # contract's 保险): the labelling guide's insurance questions put "which product is
            # good" under the product or other, never the sale
            patterns=(
                r"(保险|险)[^,。.!?;:…~]{0,10}?(好不好|哪个(更|比较)?好|哪种(更|比较)?好|哪家(更|比较)?好|"
                r"靠谱吗|靠不靠谱|有什么(不同|区别)|要考虑什么|怎么选|如何选)",
            ),
            overrides=("sc.contract",),
            note="kinds of insurance weighed in a question: products in general",
        ),
        Rule(
            "sc.loan",
            category=Category.SALES_CONTRACT,
            weight=4,
            # the forty-fifth round: a loan named by that word (借款没有通过, 无法借款, 还没有
            # 接到借款确认电话) is consumer credit, the agreement's, as sc.finance's 贷款; not a
            # loan denied right before it (我没借款, 没有借款: an account with none to speak of)
            terms=_w("借款"),
            negations=("没", "没有", "未", "从未", "从没"),
            window_chars=2,
            note="a loan: the terms of the credit agreement",
        ),
        # ---- the forty-sixth round: a desk left short of staff, a supply cut as a measure
        # (R-CMP-03) ----------------------------------------------------------------------------
        Rule(
            "sq.understaffed",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=3,
            # the forty-sixth round: a desk, a counter or a shop left short of staff — windows
            # open but few (四个窗口只开了两个, 只开一个收银台), staff too few (前台人员太少,
            # 服务员不够, 人手不足), one person alone at the desk (只有一名服务人员) — the waiting
            # it causes is how the customer is served (labelling guide, service_quality:
            # waiting, front desk), whatever the business; not a public service's want of
            # doctors or teachers (医生严重不足: a policy criticised), nor staff denied to be few
            patterns=(
                r"(窗口|柜台|櫃[台檯]|收[银銀]台?|服[务務]台|通道)[^,。.!?;:…~]{0,6}?只(开|開|有)了?"
                r"[一二两兩三四1-4](个|個|条|條)",
                r"只(开|開)了?[一二两兩三1-3](个|個)(窗口|柜台|櫃[台檯]|收[银銀]台?|通道)",
                r"(前台|柜台|櫃[台檯]|窗口|工作|服[务務]|收[银銀]|医护|醫護|护理|護理)人[员員]"
                r"[^,。.!?;:…~]{0,3}?(太少|不够|不夠|不足|少得可怜|少得可憐)",
                r"(服[务務][员員]|店[员員]|收[银銀][员員]|前台)(太少|不够用?|不夠用?|少得可怜|少得可憐|"
                r"严重不足|嚴重不足)",
                r"人手(太少|不够|不夠|不足|短缺|严重不足|嚴重不足)",
                r"只有一(名|个|個|位)(服[务務][员員]|工作人[员員]|服[务務]人[员員]|收[银銀][员員]|店[员員]|前台)",
            ),
            negations=NEGATIONS,
            # (asked, it is no complaint of itself: 周末人手不够吗？, 物业可以直接停水吗？)
            question_frames=(r"请问|是否|能否|会不会|可不可以|能不能",),
            later_frames=(r"吗|么|\?|？",),
            note="a desk or a shop short of staff, customers kept waiting: the service",
        ),
        Rule(
            "sq.cut-imposed",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            # the forty-sixth round: water or power cut by a manager as its own act — 物业…停了
            # 我们的水电, 直接停用水电, 擅自断电, 断电不给施工 — not a supply that failed (pq.
            # supply's 停电, 断电) but the manager's act without the owners' consent (labelling
            # guide, property managers: its own acts → service_quality first); not a cut
            # announced (物业通知停水: the gap stops at 通 and 告), nor its cause asked
            patterns=(
                r"(物业|物管|管理处|开发商|房东|业委会)[^,。.!?;:…~通告]{0,8}?"
                r"(直接|擅自|强行|故意|恶意|无故|随意|私自)?(断|停用?|掐断?)了?(我们|业主|住户|其)?的?"
                r"(水电|电|水|燃气|天然气)(?![费表价])",
                r"(直接|擅自|强行|故意|恶意|无故|随意|私自)(断|停用?|掐断?)了?(我们|业主|住户|其)?的?"
                r"(水电|电|水|燃气|天然气)(?![费表价])",
                r"(断|停)(电|水)(不给|不让)",
            ),
            overrides=("pq.supply",),
            # (asked, it is no complaint of itself: 周末人手不够吗？, 物业可以直接停水吗？)
            question_frames=(r"请问|是否|能否|会不会|可不可以|能不能",),
            later_frames=(r"吗|么|\?|？",),
            note="water or power cut by the manager as its own act: the service",
        ),
        Rule(
            "sq.banned",
            category=Category.SERVICE_QUALITY,
            weight=3,
            # the forty-sixth round: a player's or a user's account banned by the firm (封号,
            # 封禁我5天, 把我号封了) — a game's or an app's moderation is how it treats its
            # customers (labelling guide, game reviews: accounts banned and appeals handled
            # badly → service_quality first); kind.account-shut gives the kind and leaves the
            # category open. Not a ban denied (没被封号) nor one to be avoided (怎么防止封号)
            terms=_w("封号 封禁 封停"),
            patterns=(r"(把|给)(我|玩家|他|她|别人)的?(账号|帐号|帳號|賬號|号|號)(给)?封(了|掉)",),
            negations=(*NEGATIONS, "防止", "避免", "以免", "预防", "不会", "会不会"),
            # (a ban for no reason is one: 无缘无故封禁, 无故封号)
            not_negations=("无故", "无缘无故", "无端", "无理由"),
            note="an account banned by the firm: its moderation, the service",
        ),
        Rule(
            "pq.other-app-named",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            # the forty-sixth round: a payment app named only as a model or one app among others
            # (学习支付宝的界面, 能像支付宝那样转账吗, 微信、支付宝等软件) — the text is about
            # the app in hand, its look or its features (labelling guide: app features →
            # product_quality), not a payment made or a credit agreement (sc.finance's and
            # sc.price's 支付宝, which it overrides inside its words)
            patterns=(
                r"(像|学习|学学|参考|借鉴|不如|比不上)(一下)?(人家)?(支付宝|微信|淘宝)"
                r"(的[^,。.!?;:…~]{0,4}?|那样|一样|那么)[^,。.!?;:…~]{0,3}",
                r"(支付宝|微信)(等|之类的?)(软件|app|应用|平台)",
            ),
            overrides=("sc.finance", "sc.price"),
            note="a payment app named as a model or among other apps: the product in hand",
        ),
        # ---- the forty-seventh round: a bare verdict on the thing reviewed, a nuisance's fumes
        # (R-CMP-03) ----------------------------------------------------------------------------
        Rule(
            "pq.bare-verdict",
            category=Category.PRODUCT_QUALITY,
            weight=1,
            # the forty-seventh round: a verdict with no subject named — 太差了, 极差, 差劲,
            # 无聊, 不喜欢, 没达到预期, 期望越大, 高开低走, 辣鸡, 垃圾 said of the thing (太垃圾了,
            # 就是垃圾, 垃圾平台) — is said of what the customer bought, used, read or played
            # (labelling guide: the goods themselves → product_quality; app, game and course
            # reviews likewise); the lightest weight, so any rule naming another subject
            # (服务太差, 送餐太慢, 态度差) wins. Not a verdict denied (一点也不差, 不算差), nor
            # refuse (垃圾桶, 生活垃圾, 河里的垃圾, 垃圾短信). Not 失望 alone, said as often of a
            # firm, its staff or its terms as of its goods (measured: it moved texts the learned
            # layer had right), nor a text that opens with 垃圾 and names its subject next
            terms=_w(
                "辣鸡 无聊 太无聊 很无聊 不喜欢 一坨 不好玩 高开低走 "
                "没达到预期 没有达到预期 不及预期 期望太高 期待太高 期望越大 期待越高 "
                "不要买 别买 千万别买 谁买谁后悔"
            ),
            patterns=(
                # 太差, 极差, 差劲, 差死了 — unless a subject stands just before (服务态度极差,
                # 物流太差, 售后也很差, 维修质量太差: other rules read those), nor 好差评
                r"(?=[差极太很非特超好真巨])(?<!态度|服务|客服|售后|物流|快递|送餐|配送|速度|前台|质量|维修|安装)"
                r"(?<!(?:态度|服务|客服|售后|物流|快递|送餐|配送|速度|前台|质量|维修|安装)[也都真就还])"
                r"(差劲|极差|差死了|(?:太|很|非常|特别|超|好|真|巨)差(?:劲|死了)?)(?![评价距异别点])",
                r"(太|真|很|好|超|超级|极其|非常|特别|究极|就是|真是|正|最)垃圾"
                r"(?=[了的啊呀吧啦哦,.!?;:。~]|$)",
                r"垃圾(中的)?战斗机|垃圾(爆了|透了|至极|到家|到极点)",
                r"垃圾(平台|玩意|网站|网课|课程|电影|小说|剧情|视频|ux|outlook)",
            ),
            negations=(*NEGATIONS, *_w("不算 不至于 一点也不 一点都不")),
            note="a verdict with no subject named: said of the thing reviewed, product quality",
        ),
        Rule(
            "sq.service-verdict",
            category=Category.SERVICE_QUALITY,
            weight=3,
            # the forty-seventh round: the service itself given a poor verdict — 服务真心差,
            # 服务一般, 服务有点不到位, 售后服务差, 服务质量越来越不好 — is how people treat the
            # customer (labelling guide: service_quality), whatever else the text weighs; the
            # topic word 服务 alone weighs one (sq.staff). Not a service praised or denied poor
            # (服务不差, 服务没得说)
            patterns=(
                r"服务(质量|品质|水平|意识)?(真心|真的|很|太|也|非常|特别|极其|超|有点|有些|比较|实在|"
                r"简直|就|更|越来越)?(差|一般|不好|不行|不到位|欠佳|糟糕|烂|有待提高|有待加强|很少)",
            ),
            negations=NEGATIONS,
            note="the service given a poor verdict (服务真心差, 服务一般): the service",
        ),
        # ---- the forty-eighth round: work that did damage, a prepaid club's broken deal, a
        # deposit kept (R-CMP-02, R-CMP-03) -----------------------------------------------------
        Rule(
            "rq.work-damage",
            kind=C,
            category=Category.REPAIR_QUALITY,
            weight=5,
            # the forty-eighth round: an installer's or a repairer's work that did damage — 师傅
            # 把地板划了, 安装工把墙打了个大洞, 装空调的时候把瓷砖磕坏了 — is the work itself
            # (labelling guide: repair_quality, "doing damage"; installation → repair_quality for
            # the work), not the goods nor the sale. Not a driver (司机师傅, 出租车师傅), nor a
            # packing (包装的时候磕坏了: the goods in transit)
            patterns=(
                r"(?<!司机)(?<!出租车)(师傅|安装工|安装人员|维修工|维修人员|工人)[^,。.!?;]{0,10}?把"
                r"[^,。.!?;]{0,8}?(?=[划刮磕碰砸撞凿钻打弄])(?:(划|刮|磕|碰|砸|撞|凿)(坏|破|花|裂|碎|了|伤|出)|"
                r"(钻|打)(坏|破|裂|穿|"
                r"了?(一|个|几)?[^,。.!?;]{0,2}洞)|弄(坏|破|花|脏|裂|碎))了?",
                r"(安装|装机|维修|修理|施工|(?<![包假伪])装[^,。.!?;]{1,3}?)(的时候|时候|过程中)"
                r"[^。.!?;]{0,12}?(?=[划刮磕碰砸撞凿钻打弄])(?:(划|刮|磕|碰|砸|撞|凿)(坏|破|花|裂|碎|伤)|"
                r"(钻|打)(坏|破|裂|穿|"
                r"了?(一|个|几)?[^,。.!?;]{0,2}洞)|弄(坏|破|花|脏|裂|碎))了?",
            ),
            negations=NEGATIONS,
            # (the damage words inside it are the work's, not a stone's or a product's defect:
            # 钻裂 is a drill's crack here)
            overrides=("goods.stone", "pq.defect", "pq.goods"),
            note="installation or repair work that did damage (师傅把地板划了): the work",
        ),
        Rule(
            "pq.mould",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            # the forty-eighth round: mould on a thing (洗衣机门封圈发霉, 衣柜里的衣服长霉,
            # 房间墙角发霉) is its own quality; in a drink or packaged food D10's storage rule
            # (``rx.storage``) still makes it a return
            # (the thing named before the mould: with none named, 外箱发霉了 stays the seed's
            # storage defect, ``rx.storage``'s)
            patterns=(
                r"(洗衣机|冰箱|空调|热水器|净水器|洗碗机|门封|密封圈|胶圈|墙|天花板|吊顶|地板|衣柜|"
                r"衣服|鞋|床垫|沙发|窗帘|柜子|卫生间|浴室|房间|床单|被子|枕头)[^,。.!?;]{0,8}?"
                r"(?=[发长霉])(发霉|长霉|霉斑|霉点|霉变)",
            ),
            negations=NEGATIONS,
            note="mould on a thing: its own quality (a drink's is rx.storage's)",
        ),
        Rule(
            "sc.club-closed",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            # the forty-eighth round: a prepaid-card business that closed, moved or ran off, a
            # deal broken, a coach gone with the lessons unpaid for (闭店, 搬店, 跑路, 卷款,
            # 单方面违约, 教练离职后没人接手) — the contract not kept (labelling guide: promises,
            # contract terms → sales_contract); a refund asked on it stays a return, routed by
            # these grounds
            terms=_w("搬店 跑路 卷款 卷钱 人去楼空 单方面违约 违约 说关就关 转店"),
            patterns=(
                r"(?<!关)闭店",  # (not 关闭店铺: a shop to be shut, asked for)
                r"(教练|私教|老师|顾问)[^,。.!?;]{0,3}?(离职|辞职|跑了)",
            ),
            negations=NEGATIONS,
            question_frames=QUESTION_FRAMES,
            note="a prepaid business closed, moved or gone, a deal broken: the contract",
        ),
        Rule(
            "sc.card-lapsed",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            # the forty-eighth round: a card, lessons or a balance lapsed unused (次卡过期作废,
            # 课时到期清零, 没人告诉我有效期) — the terms of the sale disputed, sales_contract;
            # a plain question whether points expire stays ``ot.expiry``'s
            patterns=(
                r"(卡|课|课时|次数|余额|储值)[^,。.!?;]{0,6}?(过期|到期)[^,。.!?;]{0,3}?(作废|清零|"
                r"不能用|用不了|不给用|就没了|全没了)",
                r"(没|没有|不|从没)(人)?(告诉|通知|提醒|说过?)(过)?(我|我们)?[^,。.!?;]{0,3}?(有效期|"
                r"过期|到期)",
            ),
            overrides=("ot.expiry",),
            question_frames=QUESTION_FRAMES,
            note="a card or lessons lapsed unused, never told: the terms of the sale",
        ),
        Rule(
            "sc.hard-sell",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            # the forty-eighth round: a sale forced — 逼着买课, 硬让我买, 非要我多买, 强制消费 —
            # is how the sale was made (labelling guide: upsold → sales_contract); not 强买强卖
            # alone, said of a firm's whole conduct as often as of a sale (measured), nor a
            # salesman who keeps pushing (一直跟着推销: the staff's manner, service quality in the
            # project's labelled set)
            terms=_w("强制消费 强行推销 强制推销"),
            patterns=(
                r"(逼|硬要|硬让|强迫|非要|非让)(着)?(我|我们)?[^,。.!?;]{0,2}?(买|办|续|充|交钱)",
            ),
            negations=NEGATIONS,
            question_frames=QUESTION_FRAMES,
            note="pressure to buy (一直推销, 逼着买课): how the sale was made",
        ),
        Rule(
            "sq.wrong-instruction",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=5,
            # the forty-eighth round: a coach's instruction wrong or left uncorrected (教练动作
            # 示范错误, 私教一直没纠正) — the staff's care of the customer, service_quality,
            # whatever the injury that followed
            patterns=(
                r"(教练|私教)[^。.!?;]{0,10}?(示范|指导|教的|教得|动作)[^,。.!?;]{0,2}?(错误|错了|"
                r"不对|不规范|不标准)",
                r"(教练|私教)[^。.!?;]{0,12}?(没|没有|不|从不)(帮我)?纠正",
            ),
            note="a coach's instruction wrong or uncorrected: the staff's care",
        ),
        Rule(
            "rx.deposit-kept",
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=5,
            # the forty-eighth round: a deposit kept or docked (押金不退, 扣了押金, 不给退押金)
            # — a deposit asked back and refused is a refund refused (labelling guide:
            # return_exchange first); a question how to get it back (押金怎么退) is no refusal
            patterns=(
                r"押金[^,。.!?;]{0,6}?(不退|不给退|没退|不还|扣了|扣掉|被扣|不予退|拒绝退|退不了|"
                r"一直没退|还没退|没有退|没给退)",
                r"(不退|不给退|扣了?|扣掉|拒退|不还|没退)(我|我们)?(的)?[^,。.!?;]{0,3}?押金",
            ),
            question_frames=QUESTION_FRAMES,
            overrides=("pq.goods",),
            note="a deposit kept or docked: a refund refused",
        ),
        # ---- the forty-ninth round: a boycott called, a neighbour's leak, points not credited,
        # cabin crew and clinics that failed the customer, a payment tool asked about, others'
        # wrongdoing reported (R-CMP-02, R-CMP-03) ---------------------------------------------
        Rule(
            "pc.boycott",
            kind=C,
            category=Category.PROPOSAL_CRITICISM,
            weight=3,
            # the forty-ninth round: a boycott called or a firm condemned as such — 抵制蒙牛,
            # 珍惜生命，远离某某, 再也不敢喝, 黑心企业, 毒牛奶 — with no failure the writer suffered
            # is general criticism (labelling guide, "Boycotts and general condemnation":
            # proposal_criticism first, product_quality acceptable); a concrete fault told beside
            # it outweighs this light vote. Only a firm or its goods boycotted: 抵制 / 远离 a
            # firm's word (这家, 他们家, 此商家, 这个牌子的奶粉), a name called out at a clause's
            # end (远离蒙牛！, 珍惜生命，远离联通。), or a call to boycott (坚决抵制！). Not a
            # hazard of a product's own label (请将本产品远离儿童放置, 使用时请远离火源), a
            # health or civic slogan (为了健康，请远离烟草, 我们小区抵制不良信息, 学校组织我们
            # 抵制校园欺凌), a place or a noise (远离喧嚣, 远离市区), nor a joke on oneself
            # (医生远离我); asked how (怎么抵制…?) it is a question (R-CMP-01)
            patterns=(
                rf"(?<![能可会])抵制(?!不住|诱惑){_R49_NO_FIRM_AHEAD}({_R49_FIRM})",
                rf"(坚决|强烈|全民|一起|大家|联合|呼吁|号召)(一起)?抵制(?!不住|住|诱惑){_R49_NO_FIRM_AHEAD}",
                rf"(?<![能可会要请应该需须得将并于])抵制(?!不住|诱惑){_R49_NO_FIRM_AHEAD}"
                rf"[^\W_]{{2,6}}?{_R49_NAME_END}",
                rf"远离{_R49_NO_FIRM_AHEAD}({_R49_FIRM})",
                rf"(?:^|(?<=[,。.!?;:…~#\s])){_R49_CALL}远离(?!我|你|他|她|它){_R49_NO_FIRM_AHEAD}"
                rf"[^\W_]{{2,6}}?{_R49_NAME_END}",
                r"再也不敢(再)?(喝|吃|买|用)",
                r"(从此|从来|再也)(都)?(没|不)(再|在)?(喝|吃|买)(过)?[^,。.!?;:…~]{0,4}?(他家|它家|"
                r"他们家|这家|这个牌子|这牌子|这个品牌|的奶|的牛奶|奶)",
                r"黑心企业|无良企业|毒牛奶|毒奶粉|毒奶",
            ),
            negations=_w("不要 不用 不必 别 没有 没"),
            question_frames=(
                *QUESTION_FRAMES,
                r"(怎么|如何|怎样|咋|该不该|应不应该|要不要|为什么要|为何要)(去|来)?(抵制|远离)",
            ),
            note="a boycott called, a firm condemned as such (抵制, 远离某某): general criticism",
        ),
        Rule(
            "ot.neighbour",
            kind=C,
            category=Category.OTHER,
            weight=6,
            # the forty-ninth round: a leak from the flat above or a neighbour's (楼上卫生间漏水
            # 渗到我家, 隔壁邻居家的水管渗水到我家墙上) is a matter between neighbours
            # (labelling guide, the nineteenth batch: "A leak or nuisance between neighbours →
            # other first", service_quality acceptable when the manager's mediation failed), not
            # the goods' defect the leak words read elsewhere
            patterns=(
                r"(楼上|邻居|隔壁|对门)[^。.!?;]{0,16}?(漏水|渗水|渗漏|滴水|往下漏|漏到|渗到|渗透)",
                r"(漏水|渗水|渗漏|滴水)[^,。.!?;]{0,6}?(是)?(从)?(楼上|邻居家|隔壁)",
            ),
            negations=NEGATIONS,
            question_frames=QUESTION_FRAMES,
            overrides=("pq.defect", "pq.goods", "pq.room", "rx.storage"),
            note="a leak from the flat above or a neighbour's: a matter between neighbours",
        ),
        Rule(
            "sc.points-not-credited",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            # the forty-ninth round: points, a reward or a bonus the service promised for a task
            # and never credited — 学完了原力没增加, 始终不见积分到账, 邀请了朋友也没给加成长值 —
            # is the promise of the deal not kept (labelling guide: promises not kept, a
            # cash-back or bonus not paid → sales_contract); a question whether points expire is
            # ``ot.expiry``'s
            patterns=(
                r"(原力|原力值|积分|成长值|经验值|金币|奖励金|奖励|返利|返现|佣金)[^,。.!?;]{0,6}?"
                r"(没|没有|不见|未|不|一直没|始终没|还没)(有)?(见)?(增加|增长|到账|加上?|涨|返|发放|"
                r"发下来|给我?)",
                r"(不见|没见|没看到|看不到)[^,。.!?;]{0,8}?(原力|原力值|积分|成长值|经验值|金币|奖励金)"
                r"[^,。.!?;]{0,4}?(增加|增长|到账|加上|涨)",
                r"(不给|没给|没有给|不)(我|我们)?(加|增加|发|返)(原力|原力值|积分|成长值|经验值|金币|"
                r"奖励金|奖励|返利|返现|佣金)",
                r"(怎么|为什么|为啥)(不|没有?|还不|还没有?)(增加|加|涨|给|返|到账)(原力|原力值|积分|"
                r"成长值|经验值|金币|奖励)",
            ),
            negations=_w("已经 已 到账了"),
            overrides=("ot.expiry",),
            note="points or a reward promised for a task and never credited: the deal not kept",
        ),
        Rule(
            "sq.cabin-crew",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=6,
            # the forty-ninth round: a flight's crew or ground staff who failed the passenger —
            # 空服超差，不断催我吃完, 向空服员要药等了很久才送来, 地勤人员态度冷漠, 服务人员的服务
            # 有待提高 — is how staff treat the customer (labelling guide: service_quality; air
            # passengers), whatever fare, delay or order word stands beside it. Not praise of
            # them (空服员很亲切): a failure word must follow in the same sentence
            patterns=(
                r"(空服员?|空服人员|空姐|空少|乘务员|地勤|机组人员|服务人员|柜台人员|柜台的人)"
                r"[^。.!?;]{0,24}?(超差|很差|太差|极差|差劲|不耐烦|爱理不理|不理人|不理不睬|一直催|"
                r"不断催|催我|不礼貌|没水准|没有水准|不友善|冷漠|酸老人|议论|完全忘了|忘了我|忘记了?我|"
                r"有待提高|有待加强|越来越差|越来越不好|叫了(两|三|几)次|等了?(非常|很|好)?久)",
                r"(空中|机上|客舱)服务(质量|品质)[^。.!?;]{0,6}?(越来越差|越来越不好|很不稳定|"
                r"时好时坏|很差|太差)",
            ),
            negations=_w("不会 没有 没 并不 不是"),
            note="a flight's crew or ground staff who failed the passenger: the staff's service",
        ),
        Rule(
            "sq.clinic-wait",
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=6,
            # the forty-ninth round: a patient's wait at a clinic, a counter or a queue for the
            # doctor — 挂号后等了四个小时还轮不到, 上午诊看到傍晚, 排了三个小时队后面的人先看 —
            # is waiting on staff (labelling guide, hospital reviews: "waiting, queue order" →
            # service_quality), not a delivery that came late
            patterns=(
                r"(挂号|看诊|看病|门诊|候诊|叫号|就诊|诊间|急诊|抽血|拿药|领药|柜台|窗口|排队)"
                r"[^。.!?;]{0,20}?(等了|等等|等到|排了|看到)[^。.!?;]{0,6}?"
                r"(\d+|一|两|二|三|四|五|六|七|八|九|十|半|几|好几)(个)?(多)?(小时|钟头)",
                r"(还|都|也)?(轮不到|没轮到|还没轮到)(我|我们)?",
                r"(上午|早上)诊?[^。.!?;]{0,4}?看到(下午|傍晚|晚上)",
            ),
            negations=_w("不用 不必 没有 没"),
            silencers=(r"外卖|骑手|送餐|快递|配送|上菜",),
            overrides=("sc.late",),
            note="a patient's wait at a clinic or a counter: waiting on staff",
        ),
        Rule(
            "pq.pay-tool-question",
            category=Category.PRODUCT_QUALITY,
            weight=5,
            # the forty-ninth round: a question what a payment tool does or how it is used —
            # 云闪付能在网站上付款吗, 扫码付能设置免密吗, 什么叫扫码支付, Apple Pay小票上的
            # 卡号为什么不一样 — asks about the product's features (labelling guide,
            # consultations: "about a product's features → product_quality", other acceptable),
            # not about a fee or a card's terms; a fee, a limit, a refund, a promotion, an
            # account procedure (申请, 注册, 绑定, 认证), a card used by a thief or a merchant's
            # onboarding asked stays the sale's (labelling guide, finance: the terms and
            # execution of the service agreement; silenced)
            patterns=(
                r"(云闪付|闪付|扫码付|扫码支付|二维码支付|付款码|applepay|huaweipay|samsungpay|"
                r"mipay|银联钱包|手机支付|nfc支付|人到人付款)[^。.!]{0,24}?(吗|嘛|么|呢|\?|怎么|"
                r"如何|怎样|能不能|可不可以|是什么|什么叫|哪些)",
                r"(什么叫|什么是|怎样|怎么|如何|能不能|可以)[^。.!?]{0,12}?(云闪付|闪付|扫码付|扫码支付|"
                r"二维码支付|applepay|huaweipay|samsungpay|银联钱包|手机支付|人到人付款)",
            ),
            silencers=(
                r"手续费|收费|费用|扣费|额度|限额|退款|退钱|还款|利息|开通\S{0,6}(功能|方式|业务)|"
                r"对接|商户|失败|不成功|扣了|扣掉|报错|开不了|用不了|限制|优惠|享受|活动|营销|申请|注册|"
                r"解绑|绑定|认证|盗用|盗刷|被刷|刷了我|追回",
            ),
            note="a payment tool's function asked about: the product's features",
        ),
        Rule(
            "pc.wrongdoing",
            kind=C,
            category=Category.PROPOSAL_CRITICISM,
            weight=5,
            # the forty-ninth round: others' wrongdoing reported — a firm's tax evasion, slot
            # machines in a shop, vice at a foot-massage parlour, swindlers posing as the police
            # — is misconduct the writer did not suffer as a customer (labelling guide, the
            # fourth and nineteenth batches: proposal_criticism first, other acceptable), like
            # ``pc.misconduct``'s. An invoice refused (偷税漏税 said of one's own bill) is the
            # sale's: silenced
            terms=_w("偷税漏税 偷税 漏税 逃税 偷逃税款 老虎机 赌博机 赌博成灾 涉黄 涉赌 黄赌毒"),
            patterns=(
                r"冒充[^,。.!?;]{0,16}?(诈骗|行骗|骗钱|骗人)",
                # (a swindler's call, message or link, named as a thing: 诈骗短信, 骗子电话 —
                # not an accusation of the firm, so the 骗子 inside it is no verdict; 骗子公司
                # said of the firm is ``kind.verdict``'s)
                r"(诈骗|骗子|骗人的?)(电话|来电|号码|短信|信息|消息|链接|网站|团伙)|诈骗公司",
            ),
            overrides=("kind.verdict", "kind.complaint"),
            negations=_w("是否 有没有 如何 怎么 没有 没"),
            silencers=(r"发票",),
            question_frames=QUESTION_FRAMES,
            # (nor a scam message or call the writer asks about after telling it: 收到诈骗短信，
            # 请问是你们发的吗, 接到骗子电话，是不是真的？, 收到诈骗短信怎么办 — a consultation,
            # R-CMP-01; a complaint vote beside it, 你们泄露了我的信息, keeps the complaint)
            later_frames=(
                r"请问|想问|问一下|问下|请教|是不是|是否|是真的|真的假的|"
                r"(吗|么|嘛)(啊|呀)?(?=[?。.;~]|$)|\?|怎么办|怎么处理|如何处理|"
                r"(怎么|如何|怎样)(辨别|识别|分辨|判断|防范|举报|应对)",
            ),
            note="others' wrongdoing reported (tax evasion, slot machines, swindlers): misconduct",
        ),
        # ---- everyday words and forms of real customers (R-CMP-01, R-CMP-02, R-CMP-03) ----------
        Rule(
            "pr.not-bad",
            kind=P,
            weight=4,
            patterns=(
                # a negated fault is a mild verdict in favour: 并不慢, 一点也不贵, 味道也不差,
                # 不算太贵, 不掉色; not a question (慢不慢, 掉不掉色) nor 不差钱 / 不小心
                r"(?<![慢差贵吵脏旧咸腥臭吃喝看色])不(算|是)?(太|很|怎么|那么|会)?"
                r"(慢|差(?![钱点不])|贵|难吃|难喝|难看|咸|油腻|坑|吵|脏|旧|腥|臭)(?![不了吗么呢?])",
                r"(?<![掉褪起变缩开卡发漏渗生死异])"
                r"不(掉色|褪色|起球|变形|缩水|掉毛|起毛|开线|卡顿|发烫|漏水|渗水|生锈|死机|异响|起皱)"
                r"(?![不了吗么呢?])",
                # a double negation: 没有不满意的地方
                r"(没有|没什么|没啥|并无|毫无)(任何)?不满意?",
                # a defect that is not there: 完全没有卡顿, 一点都没有异味
                r"(完全|一点都|一点也|从来|根本|并|都)没(有)?(出现)?(卡顿|异味|异响|掉色|褪色|起球|变形|"
                r"缩水|掉毛|漏水|发烫|死机|色差|瑕疵|划痕|破损|磕碰)",
                # a disappointment denied: 没有让我失望, 不会失望, 一点都不失望
                r"(?<![会是有])(不会|没有?|并不|并没有?|一点也不|一点都不|从不|从没有?)(让人|让我|令人|叫人|让你|"
                r"会让你|会让人|会让我)?(太|很)?失望(?![不了吗么呢?])",
                # a fault that long use has not brought (用了三年了都没坏, 用了两个月也没出过问题;
                # the thirty-seventh round)
                r"(用|穿|戴|骑)了?[^,。.!?;:…~]{0,6}?(年|个月|多月)了?[^,。.!?;:…~]{0,2}(都|也|还|从来|从)"
                r"(没有?|未)(坏|出过?(问题|毛病|故障|状况)|毛病|问题|故障)(?![吗么呢?])",
                # the thirty-eighth round: no fault ever, told without the time of use (9万多公里，
                # 啥问题没出过; 什么毛病都没出过, 从来没出过故障, 一次都没坏过)
                r"(啥|什么|任何)(大)?(问题|毛病|故障)(都|也)?(没有?|未)(出现|出)过(?![吗么呢?])|"
                r"从(来)?(没有?|未)(出现|出)过(大)?(问题|毛病|故障)(?![吗么呢?])|"
                r"一次(问题|毛病|故障)?(都|也)(没有?)(出过|坏过)(?![吗么呢?])",
                # the thirty-ninth round: a discomfort or a fault denied with emphasis (一点也不腻,
                # 完全不卡, 一丁点儿也不疼, 一点都不累, 丝毫不拖拉): the emphasis says the writer
                # expected it and it did not come, a verdict in favour; not a question (一点也不
                # 腻吗) nor a sentence that goes on to the fault (一点也不辣，反而很咸 stays with
                # the fault's own rule)
                r"(一点|一点儿|一丁点儿?|丝毫|完全|根本|毫)(也|都)?不(会)?(腻|扎|累|疼|痛|晕|闷|挤|拥挤|"
                r"拖拉|拖沓|麻烦|费劲|吃力|卡|卡顿|刺鼻|扎手|勒|磨脚|硌)(?![不了吗么呢?])",
                # … and a cheap look or a defect of the goods that is not there (没有廉价感,
                # 颜色无色差, 没有一点瑕疵); 有没有色差 asks
                r"(?<!有)(没有?|无)(任何|一点|什么)?(廉价感|色差|瑕疵|线头|异味|怪味|刺鼻味)"
                r"(?![吗么呢?])",
            ),
            negations=("是不是", "会不会", "能不能", "怎么", "为什么", "如果", "担心", "怕"),
            note="a fault denied (并不慢, 不掉色, 没有不满意): a mild verdict in favour (issue 13)",
        ),
        Rule(
            "pr.go-to",
            kind=P,
            weight=4,
            patterns=(
                # the thirty-eighth round: the goods, the shop or the app named the place to go
                # (不知道如何做就找这个就对了, 想吃啥来这找就对了, 买家电认准这家就对了): a
                # recommendation, praise (labelling guide: positive feedback); not advice on
                # what to do (按时保养就对了) and the 啥 in it asks nothing
                r"(找|来|选|买|用|认准|就选)(这个|这家|这里|这儿|这|它|他们|他家|她家)"
                r"[^,。.!?;:…~]{0,4}就对了",
                r"(来|到)(这里?|这儿)(找|买|看|选)就对了",
            ),
            negations=("不", "别"),
            window_chars=2,
            overrides=("kind.how", "kind.question-mark"),
            note="the goods or the shop named the place to go (找这个就对了): praise",
        ),
        Rule(
            "pr.better-than-before",
            kind=P,
            weight=4,
            patterns=(
                # the thirty-eighth round: better than before, told (味道比以前有改善!, 感觉比以前
                # 好多了, 服务比上次进步了): a verdict in favour (labelling guide: positive
                # feedback), its 改善 no wish; not 比以前差多了 nor a wish (希望比以前有改善)
                r"(?<!希望)(?<!要是)(?<!如果)(比以前|比之前|比上次|比原来|比去年|比过去)"
                r"[^,。.!?;:…~不没差]{0,6}(有改善|改善了|有所改善|好多了|进步了|有进步|进步很大|"
                r"好了很多|好了不少|提升了|有提升|更好了)(?![吗么呢?])",
            ),
            overrides=("kind.wish",),
            note="better than before, told (味道比以前有改善): praise",
        ),
        Rule(
            "pr.feared-fault",
            kind=P,
            weight=5,
            patterns=(
                # the thirty-ninth round: a fault the writer expected, then belied (本来担心快递会很
                # 慢，结果第二天就到了; 原以为不好吃，没想到还挺香; 以为会有异味，其实完全没有;
                # 本来还怕太肥，结果正合适): the fault is what was feared, not what happened, and
                # the turn after it is the verdict, in favour (labelling guide: positive
                # feedback); not a fear come true (担心会很慢，结果真的很慢, 怕不新鲜，果然坏了),
                # nor a hope belied (以为是正品，结果是假货: no fault feared)
                r"(以为|担心|害怕|怕|顾虑|生怕)[^。!?;]{0,12}?(慢|贵|难吃|不好|难用|难|麻烦|异味|味道|"
                r"小|硬|软|吵|脏|旧|坏|破|漏|卡|差|累|疼|痛|冷|远|挤|少|不合适|不适合|不新鲜|色差|肥|"
                r"油腻|腻|咸|辣)[^。!?;]{0,8}?[,~]*(结果|没想到|想不到|谁知道?|但是?|可是|不过|其实|"
                r"实际上|事实上)(?!(果然|真的|确实|还是|更|也是|也很|一样|竟然|居然|就是))"
                # (nor one whose turn tells a fault: 怕不新鲜，结果打开全是烂的)
                r"(?![^,。!?;]{0,10}(烂|坏|破|臭|假|差|慢|贵|难吃|难用|不能|不行|不了|失望|后悔|退))",
            ),
            negations=("不", "没", "别"),
            window_chars=2,
            # (the fault words inside it are the fear, not the outcome)
            overrides=(
                "pr.goods",
                "pr.general",
                "pr.service",
                "pr.delivery",
                "pq.taste",
                "pq.degree",
                "pq.goods",
                "pq.defect",
                "pq.not-good",
                "pq.food",
                "pq.measure",
                "sq.not-good",
                "sq.waiting",
                "sc.late",
                "sc.price",
            ),
            note="a fault feared, then belied (本来担心会很慢，结果第二天就到了): praise",
        ),
        Rule(
            "pr.found-late",
            kind=P,
            weight=4,
            patterns=(
                # a regret of not having found it sooner (怎么就没早点发现这家店, 后悔没早点买,
                # 相见恨晚; the thirty-seventh round): praise, and its 怎么…没 no failure asked
                r"(怎么|咋|为什么|为啥|后悔|可惜)(就|都)?(没有?|不)(早点|早些|早一点|早)"
                r"(发现|知道|来|买|遇到|用|入手|下单|认识|找到)|相见恨晚",
            ),
            overrides=("sc.finance-problem", "kind.complaint", "kind.warning"),
            note="a regret of not having found it sooner (怎么就没早点发现这家店): praise",
        ),
        Rule(
            "pr.mood",
            kind=P,
            weight=2,
            negated_kind=C,
            terms=_w("开心 高兴 欣慰 舒心 happy glad"),
            negations=PRAISE_NEGATIONS,
            not_negations=PRAISE_NOT_NEGATIONS,
            note="the customer's good mood as a verdict (今天提车了，开心; issue 13)",
        ),
        Rule(
            "kind.resolved",
            kind=P,
            weight=4,
            patterns=(
                r"((上次|之前|以前|前几天|前两天|昨天)的?(投诉|反映|反馈|报修|说|提)的?)?"
                r"(问题|故障|事情|事|毛病)?[^不没未,。.!?;]{0,3}(已经|已|终于|总算|顺利|及时|很快)"
                r"(得到)?(圆满|妥善|彻底|完美)?地?(解决|处理好|处理完|修好|搞定|退回|到账)(?![吗么没?])",
                # the forty-fourth round: a matter said settled in full, with or without 已经
                # (问题已经圆满解决, 上门查看，圆满解决，谢谢你们, 已妥善处理好): 圆满 and 妥善
                # tell it done to the writer's satisfaction; not a settlement hoped for or asked
                # (希望得到妥善解决, 请尽快妥善处理, 能圆满解决吗)
                r"(?<![望求请能会要够以到快])(圆满|妥善)地?(解决|处理好|处理完)(?![吗么没?])",
                # the forty-fifth round: help received that set a misfortune right (钱包被偷了，
                # 警察帮我找回来了; 已经为我处理好了; 师傅给我修好了): the thanks of a good result,
                # praise of whoever helped; not help asked (请帮我找回, 能不能帮我修好: no 了),
                # nor help denied (没帮我找回来: negated)
                r"(?<![请求望能要])(帮我|为我|替我|给我|帮忙)(找回|找到|追回|要回|拿回|处理好|解决好|"
                r"修好|办好|补办好)(来|回来)?了(?![吗么没?])",
                # the earlier complaint's handling praised (上次投诉的噪音问题处理得很好, 之前
                # 反映的空调问题解决了，谢谢; the thirty-fifth round)
                r"(上次|上回|之前|以前|前几天|前两天|昨天)的?(投诉|反映|反馈|报修|提)过?的?"
                r"[^不没未,。.!?;]{0,12}?((处理|解决)得(很|非常|挺|特别|十分|相当|蛮|超|真)?"
                r"(好|及时|快|满意|到位|妥当|圆满|给力)|(解决|处理好|修好|搞定)了)(?![吗么没?])",
                # the money asked for received (我已经收到退款了，谢谢, 终于拿到赔偿了; the
                # thirty-seventh round): the refund the text names is settled, not demanded
                r"(已经|已|终于|总算|顺利)(收到|拿到)了?(退款|退货款|赔偿|补偿|赔款|款项)|"
                r"(退款|退货款|赔偿|补偿|赔款)(已经|已|终于|总算)(收到|拿到|到手)了?(?![吗么没?])",
                # a refusal later put right by someone (客服说不给退，后来主管帮我退了; 开始不肯换,
                # 最后还是同意给我换了; the thirty-eighth round): the matter is settled, the
                # refusal inside the match is no complaint cue (labelling guide: a problem put
                # right to the customer's satisfaction is praise)
                r"(不给|不肯|拒绝|不同意|不让|不予)(我|你)?(退|换|办|补|修|处理|解决|赔)"
                r"[^。.!?;]{0,30}?(后来|最后|最终|随后|结果|第二天|过了几天)"
                r"[^。.!?;,]{0,12}?(帮我|给我|为我|同意|主动)[^。.!?;,]{0,4}?"
                r"(退|换|补|修|处理|解决|赔|办)(了|好了|完了|掉了)(?![吗么没?])",
            ),
            negations=("没", "未", "还没", "没有", "不", "能不能", "是否", "什么时候"),
            negations_after=("吗", "么", "没有", "?"),
            # a settlement another claimed, then belied (客服说已经圆满解决了，可我的钱还没
            # 退回来): the matter is not settled
            silencers=(_claim_belied("解决|处理好|处理完|修好|搞定|退回|到账"),),
            overrides=("sig.repeat", "kind.complaint", "rx.mention", "rx.refused", "rx.demand"),
            note="a matter put right (上次投诉的问题已经解决了): praise of the handling, no repeat "
            "complaint (labelling guide; issue 13)",
        ),
        Rule(
            "pq.spill",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w("汤漏 漏汤 汤洒 洒汤 撒了一 洒了一"),
            patterns=(
                # food or its packing spilled or leaked (汤漏了, 奶茶洒了一袋子); a pipe or a
                # bottle of wine that leaks is another matter (repair, D10 二 3.2)
                r"(汤|粥|汁|饮料|奶茶|咖啡|豆浆|外卖|饭|菜|餐|面|袋子|餐盒|饭盒|盒子|包装)\S{0,3}"
                r"(漏|洒|撒)(了|出|得|满)",
            ),
            negations=NEGATIONS,
            note="food spilled or leaked in transit (汤漏了; issue 13)",
        ),
        Rule(
            "sc.promo",
            category=Category.SALES_CONTRACT,
            weight=3,
            terms=_w(
                "砍价 砍一刀 砍刀 吞刀 卡刀 天天领现金 领现金 现金红包 拉人头 邀请好友 "
                "返现 返利 返红包 提现不到账 无法提现 不能提现"
            ),
            patterns=(
                # friends' help in a promotion (好友助力), not a car's power steering (转向助力)
                r"(好友|朋友|亲友|人|帮忙|帮我|邀请)\S{0,3}助力|助力(成功|失败|异常|领|砍|免费|不)",
                # a few cents short at the end (剩最后0.04, 还差一毛八, 剩4分钱)
                r"(剩|还差|仅差|只差)(最后)?(0\.\d+|[\d一二两三四五六七八九十几零]+(\.\d+)?"
                r"(分|毛|角|块|元)(?!钟))",
            ),
            note="a shop's or an app's promotion (砍价, 好友助力, 天天领现金, 返现): its terms are "
            "the sale's, broken or not (labelling guide, sales contract)",
        ),
        Rule(
            "sc.promise",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            terms=_w(
                "虚假宣传 虚假广告 夸大宣传 与宣传不符 货不对板 套路 被套路 航班延误 航班取消 "
                "取消航班 误机 超售 催单 催了 催一下 催促 私自开通 自动续费 乱扣费 莫名其妙扣 "
                "我急 很急 着急 急用"
            ),
            patterns=(
                r"(航班|飞机|火车|高铁|动车|班车|列车|大巴)\S{0,4}(延误|晚点|取消|延迟)",
                r"延误|晚点了|晚点(\d|一|两|三|四|五|六|七|八|九|十|几|半)",
                # the twenty-second round (airline reviews): 誤點, 又delay, 延遲了將近一個小時
                r"误点|(?<![a-z])delay(?![a-z])|延迟(了|起飞|出发|半|一|两|\d|近|将近)",
                r"押金\S{0,6}(不退|没退|未退|没有退|不给退|不还|没还|被扣|扣了|退不)",
                r"(缺|少)了?(一|两|几|\d)(个|份|件|盒|瓶|双|只|样|袋|包)",
                r"莫名其妙\S{0,4}(开通|扣费|扣钱|扣了|收费)",
                # a booking or a promise not honoured (订的大床房给我安排双床, 订了海景房却
                # 说没房, 说好的免费早餐没有, 前台说没有房间了; the thirty-fifth round)
                r"(订|预订|预定)的是?[^,。.!?;]{0,8}?(房|间|座|位|套餐|车型|桌)[^。.!?;]{0,8}?"
                r"(安排|换成|变成|成了|给了我|给我)",
                r"(订|预订|预定)了[^。.!?;]{0,10}?(却|结果|但是?|可是)[^。.!?;]{0,6}?"
                r"(没有|没房|安排|换成|变成|取消|不给|不让)",
                r"说好(的|了)[^。.!?;]{0,12}?(没有|没给|不给|不算|变成|却|结果|又不)",
                r"(说|告诉我)(已经)?没(有)?房(了|间)",
            ),
            negations=NEGATIONS,
            question_frames=QUESTION_FRAMES,  # 航班延误险赔吗 asks
            note="promises, ads, bookings and orders not kept as agreed: false advertising, a "
            "delayed flight, a deposit kept, an order urged, missing items (issue 13)",
        ),
        # ---- severity hints (R-CMP-07) -------------------------------------------------------
        Rule(
            "sig.safety",
            signal=Signal.SAFETY,
            terms=_w(
                "受伤 伤到 烫伤 送医 中毒 过敏 拉肚子 腹泻 呕吐 "
                "自燃 漏电 触电 刹车失灵 失灵 安全隐患 误食 "
                "差点出事 "
                # injuries of the body (issue 13): 摔伤, 烧伤, 被门夹伤
                "摔伤 烧伤 夹伤 扎伤 割伤 咬伤 砸伤 撞伤 擦伤 刮伤 骨折 流血 出血 缝针 "
                "进了急诊 去了急诊 送急诊"
            ),
            patterns=(
                # a danger, not one denied (不危险, 一点也不危险) nor one escaped (脱离危险,
                # 脱离了生命危险: a patient saved)
                r"(?<!不)(?<!脱离)(?<!脱离了)(?<!脱离生命)(?<!脱离了生命)危险",
                # a fire, not a burner that will not light (打不着火, 点不着火; the forty-fifth
                # round)
                r"(?<!不)着火",
                # a fire, not 比起火车 (compared with a train) or 一起火锅 (hot pot together)
                r"(?<!比)起火(?!车|锅|腿|候|鸡|柴|箭|龙果|爆|速)",
                # a place is no harm: 医院 only when someone was taken there or treated
                # (nor a visit planned: 去医院复查, 去医院体检; the forty-fifth round)
                r"(送|进|去|跑|上)了?(趟|一趟)?医院(?!复查|复诊|体检|产检|拆线|拿药|开药|打疫苗|换药)|"
                r"医院(抢救|急诊|挂水|输液|洗胃|治疗)",
                r"爆炸(?![性式头])",  # 爆炸性价比 is praise
                # a cut or a knock on the body, not on the goods (屏幕划伤, 苹果碰伤)
                r"(手(?![机表环续工套柄提电])|脚|腿|脸|额头|膝盖|胳膊|手指|手臂|皮肤|嘴|牙|眼睛|孩子|小孩|"
                r"宝宝|老人)\S{0,4}(划|割|刮|碰|磕|撞|压|戳|刺|擦|摔|蹭)(伤|破|出血)了?",
                # the thirty-fourth round: a person hit by a vehicle or a rider (骑手把我撞了,
                # 被电动车撞伤, 撞倒了老人), nearly hit (差点撞到老人), threatened with violence
                # (说要打我, 扬言打人)
                r"(把|将)(我|人|老人|孩子|小孩|行人|我妈|我爸)\S{0,2}(撞|撞伤|撞倒|撞飞)|"
                r"被\S{0,6}(车|骑手|小哥|快递员|外卖员)\S{0,2}(撞|撞伤|撞倒|刮倒)|"
                r"撞(到|倒|伤)了?(我|人|老人|孩子|小孩|行人)",
                r"(差点|差一点|差点儿|险些)(就)?(被)?(撞|碰|砸|压|撞倒|刮|摔)",
                # (not a phone call: 说要打我电话, 打了我三次电话)
                r"(说要|扬言|威胁\S{0,4}要?)(打|弄死|砍|揍)(我|人|你)(?!\S{0,3}(电话|手机|号码))|"
                r"(要|会)揍我|动手打了?我|把我打(了|伤)|打了我(一|几)?(拳|巴掌|耳光)",
                r"(骑手|小哥|快递员|配送员|送餐员|外卖员|送货员|司机)(?:(?!被|没|未|不是|从不|并不|不会)\S){0,6}(威胁|恐吓)(我|我们|顾客|客户|人)",
                r"(划|割|刮|碰|磕|撞|压|戳|刺)(伤|破)了?(我|我的|孩子的?)?"
                r"(手(?![机表环续工套柄提电])|脚|腿|脸|额头|膝盖|胳膊|手指|手臂|皮肤|嘴)",
                r"被\S{0,4}(狗|猫)(咬|抓)",
                # a door that caught a hand, a body part swollen or bleeding (电梯门夹到我小孩的
                # 手, 手肿了; the thirty-second round)
                r"(门|电梯门|车门|柜门|闸机)\S{0,3}(夹|压|撞)(到|了|住|伤)",
                r"(手|脚|腿|脸|额头|膝盖|胳膊|手指|手臂|皮肤|嘴|牙|眼睛)\S{0,2}(肿了|红肿|淤青|破皮|流血了|骨折)",
                r"(硌|崩)(掉|坏|断|伤|碎)了?\S{0,3}牙|牙\S{0,4}(硌|崩)(掉|坏|断|伤|碎)",
                # a fall that hurt a person (我妈摔倒了，头磕破了; 滑倒后骨折住院), a head
                # knocked open, stitches (缝了三针; the thirty-fifth round)
                r"(摔倒|摔了一跤|摔了个?跟头|摔跤|滑倒|跌倒|绊倒|摔下来|摔了下来)\S{0,12}?"
                r"(磕破|磕伤|磕到|摔破|头破|流血|出血|骨折|住院|急诊|缝|淤青|肿|昏迷|晕)",
                r"(头|后脑勺?)\S{0,2}(磕|撞|摔)(破|伤|出血)",
                # (stitches in a body, not in a coat: 干洗店帮我缝了两针)
                r"(头|脸|额头|下巴|眉骨|腿|膝盖|手(?![机表套])|脚|伤口|医院|急诊)[^。.!?;]{0,6}?"
                r"缝了?[\d一二两三四五六七八九十几]+针",
                # a fall on the premises of a hospital or a shop (老人进医院拿药的时候摔倒了,
                # 在你们店里滑倒了), not one nearly had (差点摔倒: the near miss above)
                r"(医院|店里|店内|门店|大厅|商场|超市|电梯|扶梯|楼梯|台阶|走廊)[^,。.!?;]{0,10}?"
                r"(?<!没)(?<!差点)(?<!险些)(摔倒|跌倒|滑倒|摔了一跤)",
                # a vehicle's, a lift's or a ride's safety gear broken (安全带扣坏了, 安全带扣
                # 不上, 安全扣松了), not a question of how to use it (安全带怎么系)
                r"(安全带|安全扣|安全锁|安全杆|安全绳|护栏)[^,。.!?;，？！]{0,3}?"
                r"(坏|扣不上|扣不进|扣不住|锁不上|卡不住|断了|断裂|松了|松脱|脱落|失灵|不能用|用不了)",
                # smoke or a burning smell where people are (客舱里冒烟了, 闻到很浓的烧焦味,
                # 插座冒火花), not a throat (嗓子冒烟), smoke supposed (只会冒烟) nor food
                # cooked too long (饭有糊味)
                r"冒(?<!嗓子冒)(?<!喉咙冒)(?<!气得冒)(?<!会冒)(黑|白|青|浓)?烟(了|啦)|冒火(花|星)|浓烟",
                r"(客舱|机舱|车厢|车上|车里|飞机上|机上|电梯|插座|电线|充电器?|电路|房间|屋里|楼道)"
                r"[^,。.!?;，]{0,4}?冒(黑|白|青|浓)?烟",
                r"(闻到|嗅到|有股|一股|飘来|传来|冒出|散发)[^,。.!?;，]{0,6}?(烧焦|焦糊|电线|橡胶)"
                r"(的)?(味|气味)",
                r"(客舱|机舱|车厢|车上|车里|飞机上|机上|电梯|插座|电线|充电器?|电路)"
                r"[^,。.!?;，]{0,6}?(烧焦|焦糊)(的)?(味|气味)",
                # something fallen on a person (行李架上的箱子掉下来砸到我头上, 吊顶掉下来砸到孩子)
                r"(掉|落|摔|塌)(下来|下|了)[^,。.!?;，]{0,3}?砸(到|中|在|伤)?了?"
                r"(我|人|头|脑袋|孩子|小孩|老人|乘客|旅客|顾客|客人|身上|脚|腿|手|肩)",
                r"(行李架|吊顶|天花板|顶棚|吊灯|灯罩|广告牌|招牌|玻璃)[^,。.!?;，]{0,4}?"
                r"(掉|落|塌|砸)(下来|了下来)",
            ),
            # (a harm supposed is none: 万一着火了怎么逃生, 如果受伤了怎么理赔？; nor one not
            # needed: 不用去医院, 不需要送医)
            negations=(*NEGATIONS, *SUPPOSED, "不用", "不需要", "不必"),
            # a product named after the injury word (防烫伤手套, 骨折险, 烫伤膏): goods, no harm
            negations_after=_INJURY_PRODUCTS,
            # a body part scraped (腿都擦破了) is no broken product (the thirty-fourth round)
            overrides=("pq.defect",),
            note="injury or a safety hazard",
        ),
        Rule(
            # (R-CMP-07) a car's hazards a dealer's desk hears every week: stalling while
            # driving (高速上突然熄火, 开着开着熄火了), an air bag that did not open or went off
            # by itself (气囊没弹出来, 气囊误爆), a broken axle or steering part (断轴, 半轴断了),
            # a car that speeds up by itself (车子自己加速, 暴冲), the power steering or the
            # brakes lost (助力失灵, 转向助力失效, 刹车失效), a battery or an engine smoking or
            # burning (电瓶冒烟, 发动机起火), a tyre bulging or bursting (轮胎鼓包要爆, 爆胎):
            # safety hazards; not denied (没有熄火, 不会暴冲), supposed (万一爆胎), asked about
            # (高速上熄火怎么办？, 断轴了保修吗), nor a product named for protection against
            # them (防爆胎轮胎, 爆胎险)
            "sig.vehicle-hazard",
            signal=Signal.SAFETY,
            terms=_w("暴冲 断轴 爆胎"),
            patterns=(
                r"(高速|行驶|开着|路上|行车|跑着|开车|半路|路口|过程中|马路|车流|隧道|桥上)"
                r"[^,。.!?;]{0,8}?熄火|(突然|自动|莫名其妙|无故|频繁|经常)熄火",
                r"气囊[^,。.!?;]{0,4}?(没|未|不)有?(弹|打开|起爆|爆开)|气囊(误弹|误爆|自己弹|自动弹|突然弹)",
                r"(传动轴|半轴|转向节|摆臂|球头|车轴|后轴|前轴)[^,。.!?;]{0,3}?(断了|断裂|断掉|脱落)",
                r"(自己|自行|自动|莫名其妙|不受控制)地?(加速|往前冲|冲出去|窜出去)|突然(加速|窜出去)"
                r"(?=[^,。.!?;]{0,6}(刹|踩|撞|控制))|意外加速|油门卡(住|死)",
                r"助力[^,。.!?;]{0,3}?(失灵|失效|没了|消失|突然没)|(刹车|制动)[^,。.!?;]{0,3}?"
                r"(失效|不灵|踩不下去|没反应)|方向盘?(突然)?(打不动|锁死)",
                r"(电瓶|电池|发动机|引擎|机舱|仪表台|充电口|充电桩|排气管)[^,。.!?;]{0,4}?"
                r"(冒烟|起火|冒火|着火|烧起来|烧了)",
                r"(轮胎|胎)[^,。.!?;]{0,4}?(鼓包|要爆|快爆|爆了)",
            ),
            negations=(*NEGATIONS, *SUPPOSED, "不用", "不需要", "不必", "防"),
            negations_after=(*_INJURY_PRODUCTS, "险", "轮胎", "胎"),
            question_frames=QUESTION_FRAMES,
            note="a car's hazard: stalling while driving, an air bag not opening, a broken "
            "axle, speeding up by itself, steering or brakes lost, a battery smoking, a tyre "
            "about to burst",
        ),
        Rule(
            # a stay in hospital is harm told in a complaint (吃了你们的东西住院了), but a
            # patient's stay told in thanks is no injury (住院三天，护士很耐心，谢谢): silenced
            # where the text thanks the staff or praises their care — not by a recovery told
            # (现在好转了, 你们必须给个说法 keeps the harm) (R-CMP-07)
            "sig.hospitalised",
            signal=Signal.SAFETY,
            terms=_w("住院 hospitalised hospitalized"),
            negations=(*NEGATIONS, "不用", "不需要", "不必"),
            silencers=(r"谢谢|感谢|多谢|谢意|致谢|感激|耐心|细心|贴心|医术|妙手|仁心|医德|thank",),
            # (a stay claimed for, 住院…理赔款还没到账, stays harm by default — the safe side:
            # an injury claimed for is harm too; an insurer's desk, for which every stay is
            # the insured event, leaves this rule out of its SeverityPolicy's rule set)
            note="a stay in hospital, not told in thanks for the care",
        ),
        Rule(
            "sig.food",
            signal=Signal.SAFETY,
            terms=_w(
                "上吐下泻 拉肚子 拉稀 腹泻 食物中毒 吃坏肚子 吃坏了 肚子疼 肚子痛 闹肚子 呕吐 "
                "吐了 恶心想吐 foodpoisoning"
            ),
            patterns=(
                # English (R-CMP-07): sick after eating or drinking (we all got sick after
                # eating there, vomiting after the meal), the illness first or the meal first
                # (ill after a verb, never the ill of still, will or illustrate)
                r"(sick|illness|(fell|got|was|were|been|felt|feel|feeling|all|became)ill|"
                r"diarrh(o)?ea|vomit(ed|ing)?|threwup|throwingup|stomach(ache|pain|cramps))"
                r"[^.!?;]{0,16}?after(eating|drinking|having|the(meal|food|dinner|lunch)|we(ate|had)|"
                r"i(ate|had))",
                r"after(eating|drinking|the(meal|food|dinner|lunch))[^.!?;]{0,30}?"
                r"(sick|illness|(fell|got|was|were|been|felt|feel|feeling|all|became)ill"
                r"(?!ustr|usion|umin|egal|iterate)|diarrh(o)?ea|vomit|threwup|throwingup|stomach(ache|pain|cramps))",
            ),
            negations=(*NEGATIONS, "不用", "不需要", "不必", "didn't", "didn’t", "never"),
            # (the illness denied in English: no one got sick after eating)
            silencers=(
                r"(noone|nobody)(has|had|have|got|was|were|felt|became|fell|been){0,3}(sick|ill)",
            ),
            note="food poisoning: illness after eating or drinking",
        ),
        Rule(
            "sig.foreign-body",
            signal=Signal.SAFETY,
            terms=_w("有头发 头发丝 有虫 蟑螂 苍蝇 异物 钢丝球 玻璃渣 碎玻璃"),
            patterns=(
                r"(吃|喝|发现|里面|里|竟然|居然|还)(有|出|到)\S{0,3}"
                r"(头发|虫|蟑螂|苍蝇|玻璃|钢丝|铁丝|塑料|钉子|指甲|异物|毛)",
            ),
            # a pest in a room, on a bed or a floor is a matter of hygiene, not a foreign body
            # in food (房间里有蟑螂; the thirty-second round)
            negations=(
                *NEGATIONS,
                "房间",
                "房里",
                "客房",
                "床上",
                "床单",
                "被子",
                "枕头",
                "卫生间",
                "浴室",
                "厕所",
                "地上",
                "地板",
                "墙上",
                "地毯",
                "柜子",
            ),
            note="a foreign body in food or drink (虫, 头发, 玻璃, 蟑螂)",
        ),
        Rule(
            "pq.harm",
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            terms=_w(
                "有头发 头发丝 有虫 蟑螂 苍蝇 异物 钢丝球 玻璃渣 碎玻璃 爆炸 自燃 漏电 触电 冒烟"
            ),
            patterns=(
                r"(吃|喝|发现|里面|里|竟然|居然|还)(有|出|到)\S{0,3}"
                r"(头发|虫|蟑螂|苍蝇|玻璃|钢丝|铁丝|塑料|钉子|指甲|异物|毛)",
                # taken ill after eating or drinking it (喝了你们的酒住院了, 吃完拉肚子), not
                # the illness easing (吃了药头晕好多了)
                r"(吃|喝|食用|饮用|服用|涂|抹)(了|完|过|后)\S{0,10}?(住院|送医|进了?医院|去了?医院|"
                r"中毒|过敏|拉肚子|腹泻|呕吐|上吐下泻|头晕|头疼|头痛|肚子疼|肚子痛|吐了|起疹子|红肿)"
                r"(?!\S{0,4}(好多|减轻|缓解|好转|消失|没了|不再|痊愈|好了))",
            ),
            negations=NEGATIONS,
            note="the goods harm or could harm (a foreign body in food, a device that explodes "
            "or gives a shock): a product-quality problem, with the safety signal (issue 13)",
        ),
        Rule(
            "sig.media",
            # the thirty-fourth round: a threat to go to the press, a regulator or a lawyer is
            # a weak complaint vote of its own (我要上微博曝光你们, 找消协, 已向邮政管理局申诉),
            # so such a text is never nothing to handle; asked about (12315电话多少), a question
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.MEDIA,
            # exposure threatened or reported, not a passing mention: 在微博上看到的优惠 and
            # 多媒体 are no media; 发到微博上, 找记者, 曝光 are
            terms=_w("上热搜 发帖"),
            patterns=(
                r"曝光(?!度|不足|过度|补偿|时间|模式|值|率|量|控制|锁定)",
                rf"(找|让|叫|请|联系|告诉|通知|向|给|告到|捅到|捅给|报到|发给|交给|爆料给|上|登)了?"
                rf"(新闻)?({_PRESS})",
                # sent to someone else and to the press (拍照发给消防和媒体了, 联系了物业还有记者)
                rf"(发给|发到|找了?|联系了?|告诉了?|爆料给|交给|报给|反映给|曝光给)[^,。.!?;]{{1,6}}?"
                rf"(和|跟|与|还有|以及|及|、|,)({_PRESS})",
                rf"(?<!多)({_PRESS})\S{{0,2}}?(曝光|报道|采访|来了|介入|都来|也来|调查|曝)",
                rf"(?<!转)(发|挂|晒|曝|传|爆|贴|发布)(到|在|上)?了?(个|条|一条|篇|一篇|帖)?({_PLATFORMS})",
                rf"({_PLATFORMS})上?(曝光|吐槽|骂|揭露|发帖|发文|爆料|维权)",
                # posted there (我已经在微博上发了, 抖音上发了视频)
                rf"在({_PLATFORMS})上?(发了|发过|挂了|晒了|发视频|发帖子)",
                # a journalist, a paper or a station named by its own name and contacted
                # (我已经联系了南方都市报记者, 找了报社, 打给电视台的栏目组), or the case taken
                # on air (上电视, 上新闻, 上报纸), not a press holiday (记者节) nor the writer's
                # own trade (我是记者: the negations); 请问 asks, it contacts no one, and the 台
                # of a desk, a counter or a platform (前台, 客服台, 柜台, 平台) is no station
                r"(找|联系|约|叫|告诉|通知|打给|爆料给|反映给|投稿给|写信给)了?"
                r"[^,。.!?;不没未无并从]{0,10}?(报|(?<![前柜平服务客吧站阳舞灶窗讲展])台|网|日报|晚报|早报|"
                r"新闻|频道)的?(记者|编辑|栏目组|节目组|热线)",
                r"(找|联系|约|叫|告诉|通知|打给|爆料给)了?(几个|一些|个)?(报社|栏目组|节目组|新闻热线|"
                r"报料热线|爆料热线)",
                # (已经上电视了 told of a child or a shop's success is no threat)
                r"(我要|我会|我就|我去|就去|要去|我们要|我们会|准备|不怕|让你们|让你)上"
                r"(电视|新闻|报纸|头条)(?!剧|节目|广告)",
                r"(tell|contact|call|goto|inform|alert|writeto)(a|the|my|our|local)*(media|press|"
                r"journalists?|newspapers?|reporters?)|"
                r"(contacted|called|told|wentto)(a|the)?(local)?(reporter|journalist|newspaper|tv|"
                r"television|press)",
                # exposing someone or the firm (I will expose you, expose this scam), not a
                # thing laid bare (exposed wires) nor exposed to something
                r"(?<!over)(?<!under)expos(e|ed|ing)(you|them|him|her|your|this|the(company|"
                r"shop|store|firm|brand|scam|truth))",
                r"(post|tweet)\S{0,12}(twitter|weibo|tiktok|online|socialmedia|internet)",
                # on a platform's trending list (已经上了微博热搜, 上热搜了)
                rf"上了?({_PLATFORMS})?的?热搜",
                # told to a regulator and the press together (已经向金融监管总局和媒体同时反映
                # 了): the press named second, then what was done
                rf"(和|跟|与|还有|以及|及|、)({_PRESS})\S{{0,4}}?(反映|投诉|曝光|爆料|举报|反馈|联系|报道)",
            ),
            # a mention denied earlier in its clause (我不会找记者的, 没有上热搜): the cues
            # the loss words honour (Complaint.loss_words), told apart from a grievance
            # (没人管, 没解决我就找记者: ``not_negations``), shared with the regulator rules
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            note="media exposure threatened or reported (R-CMP-07): 曝光, 找记者, 发到微博上, "
            "上了热搜; not when denied earlier in the clause (我不会找记者)",
        ),
        Rule(
            "sig.regulator",
            # the thirty-fourth round: a threat to go to the press, a regulator or a lawyer is
            # a weak complaint vote of its own (我要上微博曝光你们, 找消协, 已向邮政管理局申诉),
            # so such a text is never nothing to handle; asked about (12315电话多少), a question
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.REGULATOR,
            terms=_w(
                "消协 消费者协会 市场监管 工商局 工商部门 工商所 质监 食药监 烟草局 "
                "监管部门 投诉到平台 平台投诉 向平台投诉 找平台 银保监 银监会 保监会 regulator "
                # the authorities customers name (issue 13): aviation, telecom, post,
                # housing, health, finance; the mayor's hotline, petitions, complaint sites
                "市场监督管理局 市监局 市长热线 市长信箱 消保委 消费者权益保护委员会 黑猫投诉 "
                "消费保 平台介入 客服介入 小二介入 "
                # the consumer council: the name in Shenzhen, Guangzhou, Hong Kong and Macau
                # (深圳市消费者委员会, 消費者委員會, 消委會), Taiwan's foundation and officers
                "消委会 消费者委员会 消费者权益委员会 消基会 消保官 消保处 consumercouncil"
            ),
            patterns=(
                # English (R-CMP-07): the consumer association, trading standards, a
                # consumer-protection body (not one's consumer rights)
                r"consumers?(association|protection(agency|bureau|commission|association|"
                r"council|authority|office))|tradingstandards|betterbusinessbureau|"
                r"marketregulat(ion|ory)(bureau|authority|administration)",
                # the hotlines as a number of their own: no digit on either side, so a phone
                # number (139 1231 5678: spaces are dropped before matching) or an order
                # number (A20240212315) is no regulator, nor a number after a reference
                # label (订单号12345, 房间12315, My order #12345: _hotline)
                # (asked only, none: 打12345咨询社保, 咨询了12315)
                _hotline("12315|12345"),
                # 315 as the consumer day's complaint line, not a date or 315晚会 (media)
                rf"(打|拨|找|向|去|到|上|告到|投诉到|报)了?(?<!\d)315(?!\d|晚会){_ONLY_ASKED}",
                r"(申请|要求|找|让|请)\S{0,4}(京东|淘宝|天猫|美团|饿了么|拼多多|抖音|平台)介入",
                # an authority the customer goes or turns to, not one named in passing
                # (邮政局旁边, 工信部下文规定): 向民航局投诉, 去工信部, 打到通管局
                r"(去|到|向|找|给|打给|打到|告到|投诉到|举报到|反映到|报给|上报|联系|上|走)了?"
                r"(市|省|区|县|当地|国家|中国|中央|省委|市委)?(民航局|民航总局|工信部|通管局|通信管理局|"
                r"邮政管理局|邮政局|住建局|住建委|房管局|卫健委|卫计委|药监局|质监局|物价局|交通局|运管|"
                r"旅游局|文旅局|教育局|税务局|劳动监察|人社局|金融监管局|金管局|证监会|人民银行|银行业协会|"
                # the internet's, publishing's and the culture market's regulators (online
                # games and apps: 向网信办举报, 去新闻出版署投诉, 找文化执法)
                r"信访|网信办|新闻出版署|新闻出版局|出版局|广电局|广电总局|文化执法|文化市场综合执法|"
                # the regulators of prepaid cards (单用途商业预付卡: 商务局, 商务委, 商务厅) and
                # of gyms and sports venues (体育局)
                r"商务局|商务委|商务厅|体育局)"
                # (a bureau asked or visited on an errand, none: 去税务局问发票, 去税务局办理)
                rf"{_ONLY_ASKED}",
                # the commerce department by its generic name (去商务部门投诉), not read as a
                # forwarder: a company has a 商务部门 of its own
                r"(去|到|向|找|告到|投诉到|举报到|反映到|报给)了?(市|省|区|县|当地)?商务(主管)?部门",
                r"(民航局|工信部|通管局|通信管理局|邮政管理局|邮政局|住建局|卫健委|药监局|物价局|交通局|旅游局|"
                r"教育局|人社局|金融监管局|金管局|网信办|新闻出版署|新闻出版局|出版局|广电局|广电总局|"
                r"文化执法|商务局|商务委|商务厅|体育局)(投诉|举报|反映|申诉|热线)",
                # 工商 as the regulator (工商局, 告到工商), not a bank (工商银行) or a school
                r"工商(局|所|部门|管理局|行政管理|执法|投诉|举报|热线)",
                r"(去|到|向|找|告|报|给|让|叫|请|打给|打到|联系|投诉到|举报到|反映到|告到|报到|上报)工商"
                r"(?!银行|卡|行|户|业|学院|大学|职业|app|网银|信用卡|管理(?!局))",
            ),
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            note="regulator or consumer-association involvement (R-CMP-07): 12315 as a "
            "number of its own, 消协, 工商局",
        ),
        Rule(
            "sig.legal",
            # the thirty-fourth round: a threat to go to the press, a regulator or a lawyer is
            # a weak complaint vote of its own (我要上微博曝光你们, 找消协, 已向邮政管理局申诉),
            # so such a text is never nothing to handle; asked about (12315电话多少), a question
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.LEGAL,
            terms=_w(
                "律师 起诉 法院 诉讼 打官司 仲裁 律师函 lawyer lawsuit "
                "法律程序 法律途径 法律手段 法律责任 "
                # sue as a whole English word (sue, sued, sues, suing), not inside issue,
                # pursue, ensuing or suede; after not (I am not suing) negated
                "sue suing"
            ),
            # court, not courtesy or courtyard (spaces are dropped)
            patterns=(
                # English (R-CMP-07): legal action, small claims, a solicitor
                r"legal(action|proceedings|steps)|smallclaims|solicitor",
                r"court(?!esy|eous|yard|ney)",
                # 我要告你们 (the thirty-second round), not 报告, 广告, 转告, 告诉, nor a complaint
                # to a regulator (去工商告你们, 上市场局告你去: the regulator's signal)
                r"(?<![报广转忠警预公通商协局所])告(你们|你|死你们|到你们)(?!诉)",
            ),
            # a lawyer or a lawsuit denied earlier in its clause (没起诉, 我不会找律师, 并未
            # 起诉) is none, as the media's and a regulator's are, told apart from a grievance
            # (没解决我就起诉); nor the writer's own trade (我是律师，想咨询…; issue 13);
            # ``not_negations`` keeps 我是不是 from counting
            negations=(*_INVOLVEMENT_DENIED, "我是", "本人是", "作为"),
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            negations_after=("助理", "事务所"),
            note="lawyer or lawsuit (R-CMP-07): 律师, 起诉, 法院, 告你们; not when denied "
            "earlier in the clause (没起诉, 我不会找律师)",
        ),
        Rule(
            "sig.police",
            # the police called or to be called (我要报警, 已报警, 报案, 打了110, 去派出所,
            # 找公安; the thirty-fifth round), a criterion of its own apart from the courts
            # (Signal.POLICE, R-CMP-07: a bank that tells every card-fraud customer to call the
            # police leaves it out of its criteria and keeps 律师, 起诉); a weak complaint
            # vote as the lawyer's is; asked about (报警电话多少), a question
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.POLICE,
            patterns=(
                r"(我|要|会|就|已经?|去|只能|准备|马上|立刻|直接|只好|帮我)报警|报(了|过)警|报案|"
                r"(叫|找|喊)了?警察|警察(来|到)|打了?110(?!\d)",
                # 110 as 报警 is: reported to, dialled or called (我已经报110了, 拨110, 叫了
                # 110), or come (110来了) (R-CMP-07)
                r"(报|拨|叫|找|call)(了|过)?110(?!\d)|(?<!\d)110(已经|都|也)?(来了|到了|出警|到场)",
                # the police came (警察已经来了, 民警已经出警了, 做了笔录), not a wish about
                # their coming (希望在出警方面及时, 拒绝出警); a police station only with a
                # report (去派出所报案: 报案 above), never an errand there (到派出所办户口)
                r"(警察|民警|公安|巡警|派出所)(已经|都|也)?(来了|到了|到场|上门|来过|出警|出了警)|"
                r"已经?出(了)?警|做(了|过)?笔录",
                # the public security bureau turned to (找公安, 报公安, 公安已立案), not an
                # errand (去公安局办护照) nor a name in passing (公安局旁边)
                r"(找|报|叫|打给|联系|告到|交给)了?公安|公安(局|机关)?\S{0,2}(立案|受理|介入)",
                # English (R-CMP-07), normalised without spaces: called the police or the cops,
                # reported it to the police, filed a police report, the police came, called
                # 110; not a police officer's uniform sold as goods (no deed told)
                r"(call|called|calling|phone|phoned|phoning|ring|rang|contact|contacted|"
                r"contacting|get|got|getting|involve|involved|involving|notify|notified|alert|"
                r"alerted)(in)?(the)?(local)?(police|cops)(?!(officer|man|woman|car|uniform|"
                r"costume|badge|hat|toy|show|drama|series))",
                r"(report|reported|reporting)[a-z']{0,16}?to(the)?(local)?police",
                r"(file|filed|filing|make|made|making|lodge|lodged|lodging|submit|submitted)"
                r"(a|the)?policereport|policereport(was|has|had|have)?(been)?(filed|made|lodged)",
                r"(the)?(police|cops)(have|has|had)?(came|come|arrived|showedup|turnedup|"
                r"werecalled|beencalled|areinvolved|wereinvolved|gotinvolved|tookastatement)",
                r"(call|called|calling|dial|dialed|dialled|dialing|dialling|ring|rang|phone|"
                r"phoned)110(?!\d)",
            ),
            # denied earlier in its clause (没报案, 还没报警, 我不想报警), told apart from a
            # grievance (没人管我就报警); not a car's or a device's warning (发动机报警, 报警灯,
            # 烟雾报警器)
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            negations_after=("灯", "器", "声", "系统", "提示", "装置"),
            note="the police called or to be called (R-CMP-07): 报警, 报案, 110, 派出所, 公安; "
            "not when denied earlier in the clause (没报案), nor a warning light (报警灯)",
        ),
        Rule(
            "sig.repeat",
            signal=Signal.REPEAT,
            # a count needs a complaint context: 第三次投诉, 反映了三次, 多次维修, 反复出现;
            # 第三次去店里 or 多次购买 (a loyal customer) is no repeat complaint
            terms=_w(
                "再次投诉 上次投诉 又来投诉 重复投诉 二次投诉 屡次投诉 多次投诉 再次反映 "
                "三番五次 一次又一次 againandagain"
            ),
            # a contact made to the customer is the staff's, no repeat complaint: to me
            # before it (给我打了三次电话, 跟我联系了好几次), to me or pressing me after it
            # (一天打三个电话让我续卡, 催了三次叫我还款), nor one made by staff or a courier
            # (客服打了三次电话给我, 快递员打了好几次电话: ``_NOT_BY_STAFF``)
            patterns=(
                rf"({_NOT_TO_ME}{_NOT_BY_STAFF}(?:{_CONTACT})|{_FAILURE})(了|过)?{_GAP}{{0,3}}?{_TIMES}"
                rf"{_NOT_AT_ME}",
                rf"{_TIMES}(了|的)?({_NOT_TO_ME}(?:{_CONTACT})|{_FAILURE}){_NOT_AT_ME}",
                rf"{_NOT_TO_ME}{_NOT_BY_STAFF}(打|拨)了?{_TIMES}电话{_NOT_AT_ME}",
                rf"{_NOT_TO_ME}{_NOT_BY_STAFF}(打|拨)了?(好几|几|[二三四五六七八九十两2-9])(个|通)电话"
                rf"{_NOT_AT_ME}",
                r"(?<![买点吃住订定用喝来去的看])第[二三四五六七八九十两2-9]次了",
                rf"(反复|一再|再三|屡屡|一遍(一)?遍的?)({_CONTACT}|{_FAILURE}|打|强调|保证|承诺)",
                r"(complain|call|phon|contact|report|writ|broke|fail|happen|leak)\S{0,12}?again",
                r"again\S{0,6}?(complain|call|phon|contact|report|broke|fail|leak)",
                r"(second|third|fourth|fifth)time\S{0,8}?(complain|call|phon|contact|report|writ)",
                # the same failure with the same company before (issue 13): 上次也是这样.
                # A bare 又坏了 stays out: on dev it marked no labelled repeat (又死机, 又不行了)
                r"(上次|上回|之前|以前|前几次)(也|都)(是)?(这样|这个问题|一样|出现过|出过)",
            ),
            # denied right before it (没有重复投诉, 从未多次投诉): none; 不是第三次了 is more
            # than a third time, no denial
            negations=("没有", "没", "并未", "未曾", "从未", "从没"),
            window_chars=2,
            note="a repeat complaint: raised before without a fix (第三次投诉, 反映了三次, "
            "多次维修) (R-CMP-07)",
        ),
        Rule(
            "sig.collective",
            signal=Signal.COLLECTIVE,
            terms=_w("业主们 集体 联名 所有业主 全小区"),
            patterns=(
                # everyone, many or the other customers harmed or complaining (大家都拉肚子,
                # 很多顾客都投诉), not only saying, thinking or liking something (大家都说好吃,
                # 很多顾客都很满意, we all loved it): the group of a grievance (R-CMP-07)
                rf"(大家都|很多顾客|其他顾客也)(?!{_GROUP_VIEW})",
                r"weall(?!(love|like|enjoy|agree|think|thought|say|said|recommend|want|know|knew|"
                r"had(a|an)?(great|good|nice|lovely|wonderful|fantastic|amazing)))",
                # the forty-fourth round: neighbours harmed together (邻居们都没收到, 邻居也都
                # 停水了), not neighbours who said or recommended something (邻居都说你们家
                # 的东西好, 邻居都推荐你们, 邻居都不知道)
                r"邻居(们)?(也|都|也都|全)(?:(?!说|推荐|劝|知道|觉得|认为|夸|不)[^,。.!?;]){0,4}?"
                r"(没有?收到|停水|停电|被|坏|漏|丢|遇到|碰到|一样|也是|同样|这样|这个问题)",
                r"(我们|好|十)[几\d]*(个|位|户|家)(业主|顾客|客户|人|店)",
                # several patients, families or residents harmed together (五个病人都被护工骂过,
                # 好几个病人都, 同病房三位患者都, 十几名住户也): three or more, told as a group
                # (都, 也, 全); not two (两个病人都), one (一个病人) nor a count asked (几个病人?)
                r"(?<![第这那一两二])(好几|十几|几十|[三四五六七八九十]|[3-9]|\d{2,})(个|位|名|户|家)"
                r"(病人|患者|病友|家属|病人家属|患者家属|住户|居民|住客|租户|业主|顾客|客户|用户|乘客|"
                r"旅客|学员|家长|会员|老人)(们)?(都|也|全|全都|也都|一起|同时)"
                rf"(?!{_GROUP_VIEW})",
                # the forty-fourth round: several households (好几户, 几户, 多户, 十几户), not
                # one (一户, 就我一户), a question (哪几户, 有几户?) nor a flat's type (多户型)
                r"好几户|(?<![哪这那有一])几户|(?<!一)多户(?!型)",
                # a whole estate or building, all of it, affected (整个小区都停水, 整栋楼的快递
                # 都没送); not one that only knows, says or is quiet (整个小区都知道你们服务差,
                # 整个小区都很安静，就我家…) nor is only the company's customers
                # (整栋楼都是你们的客户)
                r"(整个小区|整栋楼|整幢楼|整个楼|整座楼|全楼)[^。.!?！？；;，,]{0,10}?(都|全)"
                r"(?!是|知道|说|在说|很|挺|比较|觉得|认为|夸|推荐|用|选|装了?)",
                # the thirty-fourth round: dozens or hundreds of households (好几十户, 几十户,
                # 上百户, 几百家住户), as 十几户 and 整栋楼 are
                r"(好几十|几十|数十|上百|好几百|几百|数百|上千|几千|近百|一百多|二三十|三四十)"
                r"(户|家住户|个住户|位住户|位业主|个业主|个邻居|位邻居)",
                # several people harmed or affected together (issue 13): 全家都拉肚子,
                # 五个人都, 十几户都, 一家三口都
                r"(全家|一家人|一家[三四五六七八]口|全家人|家里人|同事们|室友们|住户们|邻居们|"
                r"全楼|整栋楼|整个小区|[两三四五六七八九十几\d]+(个|位)(人|同事|朋友|顾客|客人|小孩|孩子)|"
                r"[十几\d]+户)(吃完|吃了|喝了|用了)?(都|全|全都)\S{0,4}(拉|吐|病|不舒服|中毒|过敏|发烧|"
                r"肚子|投诉|反映|遇到|碰到|出现|被|没有|没|不能|停|受|住院|难受|起|痒)",
                # a family or a party stranded or failed together (我们一家五口在机场坐到半夜,
                # 我们三个人被拒载), not one merely named (一家五口去旅游，很开心)
                r"(一家[二三四五六七八九十两\d]口|全家人?|(我们|我和)[^,。.!?;，我]{0,4}?"
                r"[二三四五六七八九十两几\d]+(个|位)人?|一行[二三四五六七八九十两几\d]+(个|位)?人)"
                r"[^,。.!?;，我]{0,8}?(滞留|被困|困在|坐到|等到|等了|睡在|被扔|被晾|晾在|没人管|"
                r"流落|露宿|过夜|熬夜|折腾|被拒|拒载|登不了机|上不了|上不去|走不了|回不了|没座)",
                r"(好多|很多|不少|许多)(人|顾客|用户|业主|客户)(都|也)\S{0,2}"
                r"(投诉|反映|遇到|碰到|出现|拉|吐|被|中毒|过敏)",
                # English (R-CMP-07): several customers with the same problem (many other
                # customers complained too, my neighbours all have the same problem), not
                # customers in praise (many customers love it)
                r"(several|many|lotsof|alotof|dozensof|hundredsof|other|all(the|of)?(the|us)?)"
                r"(other)?(customers|people|residents|neighbou?rs|users|guests|households|"
                r"tenants|families|passengers)(have|has|had|are|were|also|too|all|aswell|got)*"
                # harm or a grievance told (complained, fell ill), not a view (many people
                # complain about the price but…) nor the ill of illustrate
                r"(complained|sick|illness|(fell|got|were|been|felt|all|became)ill"
                r"(?!ustr|usion|umin|egal|iterate)|affected|thesameproblem|thesameissue|"
                r"hadthesameproblem|hadthesameissue|reported)",
                r"(neighbou?rs|residents|tenants|households|families|customers|everyone|"
                r"everybody)(in\S{0,16}?)?(all|also|too|aswell)*(have|has|had|got|are|were|"
                r"getting|experienc(e|ed|ing)|face|faced|facing)*(the|a)?same(problem|issue|fault)",
            ),
            # denied right before it (不是集体投诉, 并没有联名): none; a grievance before it in
            # the clause (没热水我们十几户业主都…) denies nothing, so the cue stands right there
            negations=("没有", "没", "并未", "未曾", "从未", "从没", "未", "不是", "并非"),
            window_chars=2,
            # asked about in English (have other customers had the same problem?), no group
            # told
            question_frames=(
                r"^(has|have|had|did|does|do|is|are|was|were)(other|many|any|anyone|anybody|"
                r"someone|your|the)[^.!?;]{0,80}\?",
            ),
            note="several customers at once (R-CMP-07): 业主们, 联名, 十几户业主; not when denied "
            "right before (不是集体投诉)",
        ),
        Rule(
            "sig.loss",
            signal=Signal.LOSS,
            patterns=(
                # an amount lost or claimed (损失了2万元, 要求赔偿3万, 索赔5万元): the loss words
                # Complaint.loss_words reads beside a number; an amount alone is no loss (车价
                # 25万, 首付5万, 修车花了3万: a price or a payment told, R-CMP-07), so the hint
                # and assess_severity agree
                r"(损失|赔偿|索赔|赔付|补偿)\S{0,6}\d+(\.\d+)?(万|千)?元?",
                # money or property stolen or fraudulently charged (卡被盗刷了2万元, 钱被转走,
                # 手表被盗, "fraudulent charges"): a loss, the one reading Complaint.loss
                # shares (STOLEN_MONEY: not denied, warned of, supposed, asked about in
                # general, nor found or got back: 小心被盗刷, 被偷的车已经追回来了)
                STOLEN_MONEY,
            ),
            # denied right before it (东西没有被偷, 手机没被盗, 并未损失2万元): none; a slip
            # told before it (没锁门被偷了) denies nothing, so the cue stands right there
            negations=("没有", "没", "并未", "未曾", "从未", "从没", "未", "不是", "并非"),
            window_chars=2,
            note="a loss or an amount claimed, or property stolen (a hint; the amount "
            "itself is Complaint.claimed_loss); an amount alone is none",
        ),
        # ---- severity hints: appeals, groups and posts (R-CMP-07) --------------------------
        Rule(
            "sig.repeat-appeal",
            signal=Signal.REPEAT,
            # an appeal made again and again (申诉三次, 第三次申诉, 申诉了好几次, 多次申诉无果,
            # 申诉过两遍): a repeat complaint as 投诉了三次 is, the labelling guide's 第N次;
            # a count asked about (申诉要几次?) is none: the count is a number, never 几
            patterns=(
                r"申诉(了|过)?[^,。.!?;:…~]{0,3}?"
                r"((第?[二三四五六七八九十两2-9]|好几|很多|这么多|多|屡)次|[二三四五六七八九十两2-9]遍)",
                r"((第?[二三四五六七八九十两2-9]|好几|很多|这么多|多|屡)次|[二三四五六七八九十两2-9]遍)"
                r"(了|的)?申诉",
                r"(再次|又一次|一再|反复|重复|屡次|一次次|一次又一次)申诉",
            ),
            negations=("没有", "没", "并未", "未曾", "从未", "从没"),
            window_chars=2,
            note="an appeal made again (申诉三次, 第三次申诉, 多次申诉): a repeat complaint "
            "(R-CMP-07)",
        ),
        Rule(
            "sig.collective-together",
            signal=Signal.COLLECTIVE,
            # customers who go together (大家一起去消协投诉, 玩家们一起维权, 组团投诉, 联合
            # 举报): a group complaint; not people who only say or like something together
            # (大家都说好吃, 大家一起来玩)
            patterns=(
                r"(?<!要不要)(?<!要不)(?<!能不能)(?<!可不可以)(?<!是不是)(?<!该不该)"
                r"(大家|大伙|玩家们|我们玩家|家长们|用户们|业主们|客户们|乘客们|所有人|好多人|很多人|"
                r"群里的人|群友们?|我们几个|我们好几个)(都|也|要|会|就|准备|打算)?(一起|一块|一同|联合|集体)"
                r"(去|来|向|到|找|打)?[^,。.!?;]{0,8}?"
                r"(投诉|举报|维权|起诉|告你们|曝光|退款|退费|讨说法|要说法|找你们)"
                # asked, not told (大家一起去投诉吗?)
                r"(?![^,。.!;]{0,6}?(吗|么|嘛|\?))",
                r"(组团|联合|抱团)(投诉|举报|维权|起诉|退款|退费)(?![^,。.!;]{0,6}?(吗|么|嘛|\?))",
            ),
            # denied right before it (没有组团投诉, 不要大家一起去投诉), or asked
            # (要不要大家一起投诉?, 是不是该组团维权)
            negations=("没有", "没", "并未", "不是", "并非", "不要", "别"),
            window_chars=2,
            note="customers going together (大家一起去消协投诉, 组团投诉): several customers "
            "(R-CMP-07)",
        ),
        Rule(
            "sig.media-posted",
            # posted to a complaint site and to a social platform at once (发到黑猫投诉和微博上,
            # 挂到贴吧和抖音): the platform named second, as sig.media reads the press named
            # second; a platform only seen (看到微博上说) posts nothing
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.MEDIA,
            patterns=(
                rf"(发到|发在|发给|挂到|挂在|晒到|贴到|传到|放到|发布到|曝光到|爆料到)"
                rf"[^,。.!?;]{{1,8}}?(和|跟|与|还有|以及|及|、)({_PLATFORMS})",
            ),
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            note="a post to a complaint site and a social platform at once (发到黑猫投诉和微博上): "
            "media exposure (R-CMP-07)",
        ),
        # ---- severity hints new users missed: injuries, a fault come back, a matter raised
        # before (R-CMP-07) ----------------------------------------------------------------
        Rule(
            "sig.injury",
            # an injury of the body as a gym's, a shop's or a household's customers tell it
            # (腰扭伤了, 肩膀拉伤, 脚趾骨裂, 有人晕倒了, 差点中暑: a near miss is a risk to the
            # body, the labelling guide's safety), not one denied or supposed (没扭伤, 如果
            # 中暑了怎么办), guarded against (防中暑, 以免拉伤) nor a remedy's name (扭伤膏,
            # 中暑药); 伤心 and 受伤 are no words of it (受伤 is ``sig.safety``'s)
            signal=Signal.SAFETY,
            terms=_w("扭伤 拉伤 骨裂 脱臼 崴脚 崴了脚 韧带撕裂 韧带断裂 中暑 溺水 休克 脑震荡"),
            patterns=(
                # fainting, not a price's or a temper's hyperbole (贵得我差点晕倒, 气得晕过去)
                # nor a sight's (看到蒙牛就晕倒); a price, a bill or a temper anywhere before it
                # in the sentence makes it a figure (``_NOT_A_FIGURE``: 一看账单我差点晕倒)
                r"(?<![贵气吓笑])(?<![贵气吓笑]得)(?<![贵气吓笑]得我)(?<![贵气吓笑]得差点)"
                r"(?<![贵气吓笑]得我差点)(?<![贵气吓笑]得我都)(?<![贵气吓笑]得我都快)"
                + _NOT_A_FIGURE
                + _NOT_AT_SIGHT
                + r"(晕倒|昏倒|晕过去|昏过去)",
                # a back, an ankle or a wrist twisted (扭到腰, 闪了腰, 脚崴了)
                r"(扭|闪|崴)(到|了)(腰|脚|脖子|手腕|脚踝|膝盖)|"
                r"(腰|脚|脖子|手腕|脚踝|膝盖)(被)?(扭|崴|闪)(了|到)",
            ),
            negations=(
                *NEGATIONS,
                *SUPPOSED,
                "不用",
                "不需要",
                "防",
                "预防",
                "避免",
                "以免",
                "免得",
                "防止",
                "怕",
                "担心",
                "小心",
                "注意",
            ),
            # a remedy or a cover for it (扭伤膏, 跌打扭伤喷雾, 中暑药, 意外险)
            # (and a plaster: 拉伤贴; sig.safety's cuts keep theirs, 手割伤贴了创可贴)
            negations_after=(*_INJURY_PRODUCTS, "贴"),
            window_chars=4,
            # a patient's symptoms told in thanks to the doctors who treated them (检查后晕倒
            # 在地…非常感谢每一位医务工作者), as ``sig.hospitalised``'s stay is: no harm
            # done by the company
            silencers=(
                r"(感谢|谢谢|多谢|感激)[^。.!?]{0,30}?(医生|大夫|主任|护士|医护|医务|专家|教授)|"
                r"(医生|大夫|主任|护士|医护|医务|专家|教授)[^。.!?]{0,30}?(感谢|谢谢|多谢|感激)|"
                r"医术|妙手|仁心|医德",
                # a patient's own case asked of a doctor (…胫骨拉伤，应该如何治疗; 韧带断裂
                # 的患者…术后), no harm the company did
                r"(如何|怎么|怎样)治疗|治疗方案|要不要(去)?拍片|需要手术吗|的患者|术后",
            ),
            overrides=("pq.defect",),
            note="an injury of the body (扭伤, 拉伤, 骨裂, 晕倒, 中暑), not denied, supposed, "
            "guarded against nor a remedy's name (R-CMP-07)",
        ),
        # a patient harmed by the care itself (R-CMP-07): a medication error, a swab left in
        # the body, a second operation, a coma, resuscitation, an infection after surgery
        Rule(
            "sig.medical-error",
            # a medical error told (发错了药, 打错针, 输错液, 用错药, 药拿错了; 纱布留在肚子里,
            # 术中把器械遗留在体内): harm to the patient's body (the labelling guide's safety)
            # and a complaint of the care given (negligence); not one denied (没有发错药),
            # supposed (如果打错针了) nor only asked about (打错针了怎么办?)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=2,
            signal=Signal.SAFETY,
            patterns=(
                r"(发|拿|开|用|配|输|打|挂|注射|给|换)错了?(\S{0,2}?的)?"
                r"(药|针|液|点滴|吊瓶|血|疫苗|剂量|处方)",
                r"(药|针|液|点滴|吊瓶|疫苗|剂量)(也|都)?(被)?(发|拿|开|用|配|输|打|挂|给)错了?",
                r"(纱布|器械|钳子|止血钳|剪刀|针头|缝针|棉球|棉签|引流管|手术刀|刀片|异物)"
                r"[^,。.!?;]{0,6}?(留在|遗留在|落在|忘在|残留在|遗落在|丢在|缝在|缝进)"
                r"[^,。.!?;]{0,6}?(体内|肚子|腹腔|胸腔|身体|伤口|子宫|腹部|身上|里面)",
                r"(体内|肚子里|腹腔里?|腹腔内|胸腔里?|伤口里)[^,。.!?;]{0,4}?(留|遗留|残留|落|有)(了|着)?"
                r"[^,。.!?;]{0,3}?(纱布|器械|钳子|止血钳|剪刀|针头|缝针|棉球|引流管|刀片)",
            ),
            negations=(*NEGATIONS, *SUPPOSED, "怕", "担心", "防止", "避免", "以免"),
            window_chars=4,
            question_frames=_SIGNAL_ASKED,
            note="a medical error (发错药, 打错针, 纱布留在体内): harm to the patient, a "
            "complaint (R-CMP-07, R-CMP-01)",
        ),
        Rule(
            "sig.medical-harm",
            # serious harm of a patient's body (昏迷不醒, 抢救, 二次手术, 又开了一刀, 术后感染):
            # injury (R-CMP-07); not denied (没有昏迷), supposed (万一休克了), guarded
            # against (预防术后感染), asked about (昏迷的病人可以探视吗?), a remedy's name
            # (抢救药, 感染险) nor told in thanks to the doctors who treated it (感谢医生抢救及时)
            signal=Signal.SAFETY,
            terms=_w("昏迷 二次手术 术后感染 伤口感染 切口感染 医源性感染 院内感染 抢救"),
            patterns=(
                r"(又|再|重新)(开|挨|动|做|动了|做了|开了)[^,。.!?;]{0,2}?(一|1)?(刀|次手术|台手术)",
                r"(重新|再次|又一次)(手术|开刀)",
            ),
            negations=(
                *NEGATIONS,
                *SUPPOSED,
                "不用",
                "不需要",
                "防",
                "预防",
                "避免",
                "以免",
                "防止",
                "怕",
                "担心",
            ),
            negations_after=(*_INJURY_PRODUCTS, "室", "车", "设备", "药"),
            window_chars=4,
            question_frames=_SIGNAL_ASKED,
            silencers=(
                r"(感谢|谢谢|多谢|感激|感恩)[^。.!?]{0,30}?(医生|大夫|主任|护士|医护|医务|专家|教授)|"
                r"(医生|大夫|主任|护士|医护|医务|专家|教授)[^。.!?]{0,30}?(感谢|谢谢|多谢|感激|感恩)|"
                r"医术|妙手|仁心|医德|救了|救回|抢救成功|转危为安|脱离(了)?危险",
                r"(如何|怎么|怎样)治疗|治疗方案|需要手术吗",
                # the patient's own illness or accident told as the cause (父亲因脑梗死，于
                # 县医院抢救，现昏迷不醒; 突发心梗送去抢救): no harm done by the care (a
                # medication error told beside it is still ``sig.medical-error``'s)
                r"(因|由于|患有?|突发|突然)[^,。.!?;]{0,6}?(病|梗|癌|瘤|中风|卒中|溢血|出血|衰竭|"
                r"车祸|意外)[^。.!?;]{0,12}?(抢救|昏迷|休克|手术)",
            ),
            note="serious harm of a patient (昏迷, 抢救, 二次手术, 术后感染): injury (R-CMP-07)",
        ),
        Rule(
            "sig.repeat-told",
            signal=Signal.REPEAT,
            # the customer says the matter was raised before (上次反映的问题还没解决, 之前投诉
            # 过一次了, 这是我第二次打400了) or the same failure came back after the
            # company's repair (空调又坏了，上个月刚修过, 刚修好又不制冷了): the labelling
            # guide's repeat — raised before without a fix, "again" for the same failure with
            # the same company.  A matter raised before and fixed (之前反映的问题已经解决了)
            # is none, nor a bare 又坏了 (no repair told before it)
            patterns=(
                r"(上次|上回|之前|以前|先前|此前|前几天|前两天|上周|上个月|昨天|早就|早已)"
                r"(跟你们|向你们|和你们|给你们)?(反映|投诉|反馈|报修)(过|了)?的?(那个)?"
                r"(问题|事情?|情况|故障|毛病)"
                r"(?![^。.!?;]{0,8}?(已经?(解决|处理|修好)|解决了|处理好了|修好了|搞定))",
                # (a time told before it: an agent's 我们已经反馈过了 is the company's own
                # passing on, no earlier complaint of the customer's)
                r"(之前|以前|先前|此前|早就|早已|前几天|前两天|上周|上个月|昨天|上次)"
                r"(跟你们|向你们|和你们|给你们)?(投诉|反映|反馈|报修)过",
                r"(投诉|反映|反馈|报修)过(一|1|两|2|好几|几)次",
                # the customer's own earlier report and the matter still not handled
                # (我已经反馈过了，还没人管; 已经投诉过了，到现在都没解决) — a report told with
                # what came of it; an agent's 我们已经反馈过了 is the company's passing on
                r"(?<!我们)(?<!你们)(?<!他们)(?<!她们)(?<!咱们)(?<!公司)(?<!客服)已经?"
                r"(跟你们|向你们|和你们|给你们)?(投诉|反映|反馈|报修)过了?"
                r"[^。.!?;]{0,8}?(还是?|仍然?|依然|依旧|到现在|至今|一直)[^。.!?;]{0,4}?"
                r"(没有?|未|不)(人)?(管|理|处理|解决|回复|答复|修|动静|消息|下文|结果|反应|回应)",
                r"第[二三四五六七八九十两2-9]次(打|拨|致电|来电|联系|找|催)(给)?(你们的?)?"
                r"(400|800|客服|热线|电话|售后|\d{3,})",
                r"又(?!要|得|说|叫|让|给|收)[^,。.!?;]{0,4}?(坏|不|没|漏|出|响|停|卡|死机|跳闸|故障|毛病|"
                r"问题|老样子|这样)[^。.!?;]{0,16}?(刚|才|上次|之前|上个月|上周|前几天|前两天|去年|已经)"
                r"[^。.!?;]{0,6}?(修过|修好|修完|维修过|报修过|换过|修了|返修过|检修过|刚修|才修)",
                r"(刚|才|上次|之前|上个月|上周|前几天|前两天|已经)[^。.!?;]{0,6}?"
                r"(修过|修好|修完|维修过|报修过|换过|返修过|检修过)[^。.!?;]{0,16}?"
                r"又(?!要|得|说|叫|让|给|收)[^,。.!?;]{0,4}?(坏|不|没|漏|出|响|停|卡|死机|跳闸|故障|毛病|"
                r"问题|老样子|这样)",
            ),
            negations=("没有", "没", "并未", "未曾", "从未", "从没"),
            window_chars=2,
            note="a matter raised before (上次反映的问题还没解决, 之前投诉过, 第二次打400) or a "
            "failure back after a repair (又坏了，上个月刚修过): a repeat complaint (R-CMP-07)",
        ),
        # ---- a telecom operator's messages (the thirty-sixth round) ----------------------
        Rule(
            "sig.sector-regulator",
            # a sector regulator's complaint channel (the telecom 12300 and its 电信用户申诉
            # 受理中心, the postal, banking and insurance, aviation, energy and health
            # hotlines and bodies: model.SECTOR_HOTLINES, SECTOR_REGULATORS, the words that
            # also make a forwarder a regulator): a hotline as a number of its own, a body
            # that forwards the complaint (【工信部转办】, 通信管理局转来) or that the customer
            # turns to (已向12300申诉); asked about (12300电话多少), a question
            kind=C,
            weight=2,
            question_frames=_SIGNAL_ASKED,
            signal=Signal.REGULATOR,
            terms=_w("申诉受理中心"),
            patterns=(
                # (asked only, none: 拨打12366问发票, 咨询了12366)
                # (a reference, none: 运单号12305, 工单号:12300; _hotline)
                _hotline("|".join(SECTOR_HOTLINES)),
                # (人行 the central bank, not a pavement: 人行道, 人行横道, 人行天桥)
                "(" + _SECTOR_BODIES + r")\S{0,6}?(转办|转来|转交|转送|交办|督办)",
                r"(去|到|向|找|打给|打到|告到|投诉到|申诉到|举报到|反映到|反映给|投诉给|举报给|"
                r"申诉给|报给|上报|上)了?"
                rf"(市|省|区|县|当地|国家)?({_SECTOR_BODIES}){_ONLY_ASKED}",
                # complained on the regulator's own site or app (我已经在工信部网站申诉了,
                # 已在工信部网站投诉, 在12300平台投诉过)
                rf"在({_SECTOR_BODIES}|{'|'.join(SECTOR_HOTLINES)})的?(官方)?"
                r"(网站|官网|平台|app|公众号|小程序|网上|系统)?上?\S{0,4}?(申诉|投诉|举报|反映)",
                # a Latin abbreviation (我要投诉到CBIRC, 已经反映给NFRA, "complained to the
                # PBOC"; spaces are dropped, so no word boundary: not the nfra of infra)
                r"cbirc|pboc|(?<!i)nfra(?!structur)",
            ),
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            note="a sector regulator's complaint channel: 12300, 12363, 12378, 电信用户申诉受理"
            "中心, 工信部转办, 已向邮政管理局申诉, 在工信部网站申诉, CBIRC, 人行; not when denied "
            "earlier in the clause (我不会去工信部投诉)",
        ),
        Rule(
            "kind.human-agent",
            kind=N,
            weight=8,
            # a chat line asking for a human agent, and nothing else (转人工, 人工客服,
            # 我要人工): a command to the chat robot, no wait complained of
            patterns=(
                r"^(我要|我想|请|请帮我|帮我|麻烦)?(转|接|找|要|转接|转到)?(一下)?(人工|真人)"
                r"(客服|服务|坐席|座席)?(吧|呢|啊|谢谢)?[,。.!?~]*$",
            ),
            overrides=("sq.waiting", "sq.staff"),
            note="a chat command asking for a human agent (转人工, 人工客服): nothing to handle",
        ),
        Rule(
            "kind.removal-demand",
            kind=C,
            weight=3,
            # a demand to take something down or away (要求拆除！, 必须马上拆走): a
            # complaint about what stands there
            patterns=(
                r"(要求|必须|强烈要求|请你们|赶紧|马上给我)\S{0,4}(拆除|拆掉|拆走|移走|撤走|迁走|搬走)",
            ),
            note="a demand to remove something (要求拆除, 必须拆走): a complaint",
        ),
        Rule(
            "kind.promised-where",
            kind=C,
            weight=3,
            # what was promised or owed, asked after as missing (说好的赠品呢？, 你们的提醒
            # 呢？, 答应的补偿呢): a reproach, no question
            patterns=(
                r"(说好的|答应的|答应我的|答应给我的|承诺的|保证的|你们的|说的)"
                r"(?:(?!在哪|哪里|哪儿|几点|多少|怎么|什么|啥|电话|地址|号码)\S){1,8}呢(?![,，])",
            ),
            note="a promised thing asked after as missing (说好的补偿呢？): a complaint",
        ),
        Rule(
            "tel.data-theft",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=3,
            # data or credit used up behind the customer's back (偷跑流量, 流量被偷跑, 乱扣
            # 流量): an accusation; how to stop an app doing it is asked (怎么防止后台偷跑)
            patterns=(
                r"偷跑(了|我)?(的)?流量|流量(还是|又|都|也)?(被)?偷跑|偷(了)?我的?流量|乱扣(我的?)?流量",
            ),
            negations=("防止", "避免", "关闭", "禁止", "关掉", "不让"),
            window_chars=6,
            note="data used behind the customer's back (偷跑流量): a complaint about a charge",
        ),
        Rule(
            "tel.plan-switch",
            kind=Q,
            category=Category.SALES_CONTRACT,
            # a plan or a service switched (想换5G套餐, 我要改成58的套餐, 申请升级宽带): a
            # request about the contract, no goods to return
            patterns=(
                r"(想|要|想要|打算|准备|申请|帮我)(换|改|转|变更|升级|降|办)"
                r"(成|到|为|个|一下|一个|回)?\S{0,8}?(套餐|资费|流量包|5g|4g|宽带|月租)",
            ),
            weight=4,
            overrides=("rx.demand", "rx.mention", "pr.goods"),
            note="a plan switch asked for (想换5G套餐): the contract, no return demanded",
        ),
        Rule(
            "tel.free-fix-asked",
            kind=Q,
            weight=2,
            # a device broken and whether it is replaced or repaired free asked (坏了能免费
            # 换吗, 故障了可以保修吗): a warranty question, no demand
            patterns=(
                r"(坏了|坏掉了|故障了|不亮了|出问题了|出故障了)\S{0,3}(能|可以|能不能|可不可以|是否|会)"
                r"\S{0,3}(免费)?(换|修|更换|维修|保修|换新|换一个|换个)\S{0,4}(吗|么|不|\?|$)",
            ),
            overrides=("kind.broken", "rx.mention", "rx.demand"),
            note="a warranty question (坏了能免费换吗？): a consultation",
        ),
        Rule(
            "tel.network-fault",
            kind=C,
            weight=6,
            # the network still or always slow, weak or down (网速还是慢, 信号太差, 宽带老
            # 是断): a network fault, also after 就是 (态度挺好，就是网速还是慢); a strong
            # complaint vote, no category of its own: a line a visit did not mend (修完网还
            # 是不通) is the repair's, the network's subjects (``tel.network``) say the rest
            patterns=(
                r"(网速|网络|信号|宽带|网|wifi|4g|5g)(还是|也|又|都|太|很|特别|非常|老是|总是|经常|一直|"
                r"时不时|时常|越来越)+(慢|差|卡|弱|不稳定?|不好|烂|断|不通|连不上|掉线|断线)",
                r"(光猫|路由器|机顶盒)\S{0,4}(亮红灯|红灯(亮|闪)|闪红灯|los灯(亮|闪))",
            ),
            question_frames=QUESTION_FRAMES,
            note="the network slow, weak or down (网速还是慢): a complaint",
        ),
        Rule(
            "tel.charges",
            category=Category.SALES_CONTRACT,
            weight=2,
            # a telecom bill's subjects (the labelling guide: charges, packages, data,
            # contracts → sales contract)
            terms=_w(
                "话费 套餐 扣费 携号转网 国际漫游 漫游 亲情号码 亲情号 合约机 月租 资费 流量包 "
                "话费余额 充值卡"
            ),
            patterns=(r"积分\S{0,3}(兑换|换)\S{0,3}(话费|流量)",),
            overrides=("ot.topic",),
            note="a telecom bill's subjects (话费, 套餐, 携号转网): sales contract",
        ),
        Rule(
            "tel.data",
            category=Category.SALES_CONTRACT,
            # mobile data (流量), a weaker subject: an app or a site wastes the reader's
            # data too, so the text's other subjects go first
            terms=_w("流量"),
            note="mobile data (流量): sales contract, a weak subject",
        ),
        Rule(
            "tel.fees",
            category=Category.SALES_CONTRACT,
            weight=3,
            # what an installation costs (初装费, 安装费): the price, as the labelling guide
            # has installation fees (sales contract), before the installation itself
            terms=_w("初装费 安装费 装机费 调测费 移机费 拆机费"),
            note="an installation's fees (初装费, 移机费): sales contract",
        ),
        Rule(
            "tel.installation",
            category=Category.REPAIR_QUALITY,
            weight=3,
            # an installation or a move of a line by the operator's installer (宽带报装, 装
            # 机, 移机, 装维师傅): repair quality, the installation visit
            terms=_w("报装 装宽带 宽带安装 移机 装维 上门安装 安装宽带 光纤入户"),
            # 装机 as the line's installation, not 组装机 (an assembled phone) or 改装机
            patterns=(r"(?<![组改拼])装机(?!软件|必备)",),
            overrides=("ot.topic",),
            note="a line's installation (宽带报装, 装机, 移机): repair quality",
        ),
        Rule(
            "tel.network",
            category=Category.PRODUCT_QUALITY,
            weight=2,
            # the network and its equipment (信号, 基站, 光猫): product quality
            terms=_w("信号 基站 光猫 网速 机顶盒"),
            note="the network and its equipment (信号, 基站, 光猫): product quality",
        ),
        Rule(
            "tel.store",
            category=Category.SERVICE_QUALITY,
            weight=2,
            # the operator's shop and its hours (营业厅几点关门): service quality
            patterns=(
                r"(营业厅|服务厅|服务大厅|自有厅)(\S{0,8}?(几点|营业时间|开门|关门|上班|下班|营业吗|营业))?",
            ),
            overrides=("ot.topic",),
            note="the operator's shop (营业厅): service quality",
        ),
        # ---- an account shut and a price dearer than elsewhere (R-CMP-01, R-CMP-02) -------
        Rule(
            "kind.account-shut",
            # the customer's account shut, frozen or limited by the firm (账号被封了, 号被冻结,
            # 店铺被限制): a harm reported, a complaint even in a question's form (the labelling
            # guide: 为什么我的花呗用不了了？); not one reopened (已解封, 解冻了), nor a question
            # how to avoid it (怎么防止账号被封, 会不会被封)
            kind=C,
            # a problem told: asked about (账号被封了怎么办？) it stays one; no category of its
            # own (a game's moderation is its service, a bank's freeze the agreement's)
            weight=5,  # above a how-to question's cues (账号被封了怎么办？ is a complaint)
            describes_problem=True,
            patterns=(
                # (not a building or a room by its number: 3号楼被封闭管理)
                r"(账号|帐号|账户|帳號|賬號|(?<![0-9一二三四五六七八九十几])号|店铺|微信|qq|id|会员)"
                r"[^,。.!?;]{0,4}(被封(?![闭面存装顶])|(?<![解启开])封(了|掉|号)|被冻结|冻结了|被限制|"
                r"被禁(?!止)|被注销|被停用)",
            ),
            negations=(*NEGATIONS, "防止", "避免", "以免", "预防", "不会", "会不会"),
            negations_after=("吗", "了么", "嘛"),
            question_frames=(
                r"如何|怎么(防止|避免|才能不)|怎样(防止|避免|才能不)|如果|万一|假如|要是|会不会",
            ),
            note="an account shut or frozen (账号被封了, 被冻结): a complaint, asked about or not",
        ),
        Rule(
            "kind.dearer",
            # a price dearer than elsewhere or than before (比别的平台贵太多, 比官网贵了不少, 贵了
            # 一倍): a verdict on the price, sales contract; not a price that is only a little
            # higher and worth it (贵一点也值), not a question whether it is (贵很多吗)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"贵(太多|很多|好多|不少|一倍|两倍|一半|得多|了好多|了很多|了不少|了一倍|出(好多|很多|不少|"
                r"一倍|一半|\d+))",
                r"比(别家|别的|别人家|其他|其它|外面|网上|官网|实体店|超市|同行|市场价|原价|以前|之前|上次|"
                r"平时|别处|隔壁)[^,。.!?;]{0,6}(都|还|要)?贵(?![一点些])",
            ),
            negations=(*NEGATIONS, "不算", "没"),
            negations_after=("吗", "么", "嘛", "也值", "但值", "值得"),
            note="a price dearer than elsewhere (比别的平台贵太多): a complaint, sales contract",
        ),
        # ---- a building's service desk: safety, urgent help, services not done, repair
        #      requests (R-CMP-01, R-CMP-02, R-CMP-07) ----------------------------------------
        Rule(
            "desk.hazard",
            # a hazard in a building, reported (D14 四: a complaint; R-CMP-07: a safety
            # hazard makes it major): people trapped in a lift (电梯困人, 卡在18楼和19楼之间),
            # a fire or smoke, a blocked fire lane, gas smelt, live wires, glass or a ceiling
            # falling.  A question about prevention, a drill or an alarm is none (消防演习通知,
            # 如何预防火灾, 燃气报警器多少钱)
            kind=C,
            weight=4,
            signal=Signal.SAFETY,
            terms=_w("高空坠物 高空抛物 浓烟 漏煤气 漏燃气 漏天然气 冒火花 打火花"),
            patterns=(
                # trapped in a building (电梯困人, 被困在电梯里), not at an airport, in a game
                # or by spring drowsiness (被困在机场, 第十关被困住了, 春困人乏)
                r"(电梯|梯|轿厢)[^没不未,。.!?;]{0,2}困人|(?<![没不未])困人了|"
                r"(电梯|梯|轿厢|火|楼|屋|房间|里面|里边)\S{0,4}被困(?!扰|惑|难)|"
                r"被困(?!扰|惑|难)\S{0,4}(电梯|梯|轿厢|火|楼|屋|房间|里面|里边)|"
                r"困在\S{0,4}(电梯|梯|轿厢|里面|里边)|关在(电梯|梯|轿厢)",
                r"(电梯|梯|轿厢)[^,。.!?;]{0,8}(卡在|停在|卡住|停住|困住|关住)[^,。.!?;]{0,10}"
                r"(之间|中间|出不来|里面有人|里边有人|有人)",
                r"卡在\d+(楼|层)(和|与|跟|到)\d+(楼|层)",
                r"(?<!不)着火|(?<!比)起火(?!车|锅|腿|候|鸡|柴|箭|龙果|爆|速)|失火|火灾(?!险|保险|报警|演习|演练|逃生|知识|预防|自动)|"
                r"(电线|插座|电箱|配电箱|电表箱|电梯|楼道|走廊|房间|厨房|屋里|楼里|车库|机房|大堂)"
                r"[^,。.!?;]{0,4}(冒烟|冒火|冒黑烟)",
                r"(堵|占|堆|停|锁)[^,。.!?;]{0,4}(消防通道|安全出口|疏散通道|消防门|逃生通道)|"
                r"(消防通道|安全出口|疏散通道|消防门|逃生通道)[^,。.!?;]{0,6}(堵|占|堆满|堆了|堆着|"
                r"停满|停了|被停|锁了|锁住|上锁)",
                r"(燃气|煤气|天然气)\S{0,2}(泄漏|泄露|漏气|漏了|味)|闻到\S{0,3}(煤气|燃气|天然气)",
                r"电线\S{0,4}(裸露|冒火|烧了|烧焦|打火|短路|着了)|(插座|电箱|配电箱|电表箱)\S{0,4}"
                r"(冒火|烧了|烧焦|打火|短路)",
                r"(玻璃|天花板|吊顶|瓷砖|外墙|墙砖|广告牌|招牌|吊灯|灯罩|石膏板|窗户|花盆|空调外机)"
                r"\S{0,4}(掉落|掉下来|掉了下来|掉下|坠落|砸下来|砸到|砸了|自爆|炸裂)",
            ),
            negations=(
                *NEGATIONS,
                "防止",
                "预防",
                "避免",
                "防范",
                "演习",
                "演练",
                "培训",
                "宣传",
                "以防",
                # a notice forbids it (请勿占用消防通道): no hazard reported
                "请勿",
                "禁止",
                "严禁",
                "勿",
            ),
            negations_after=("演习", "演练", "报警器", "检测仪", "知识", "培训", "宣传"),
            # a question how long a rescue takes is a consultation (电梯困人一般多久能到？)
            question_frames=(
                r"一般\S{0,4}(多久|多长时间|几分钟)",
                # a hazard supposed, not reported (如果电梯困人打哪个电话, 万一着火了怎么办,
                # 发生火灾怎么办？): what to do is asked; one that happened (着火了怎么办,
                # 消防通道被堵了怎么办) stays a report
                r"如果|万一|假如|假若|倘若|要是|假设|一旦|若是",
                r"(发生|遇到|遇上|碰到|出现)(?!了)\S{0,8}(怎么办|如何|怎么处理|怎样|该怎么|应该|找谁|"
                r"打什么|打哪|联系谁|怎么逃|往哪)",
            ),
            note="a hazard in a building reported (电梯困人, 着火, 消防通道被堵, 煤气味): a "
            "complaint and a safety hazard (R-CMP-07)",
        ),
        Rule(
            "desk.urgent",
            # an urgent call for help (快派人来, 快来人, 赶紧过来, 救命, 紧急): someone must act
            # now, so the text is never nothing to handle (R-CMP-01); not an emergency exit,
            # contact or plan (紧急出口在哪, 紧急联系人)
            kind=C,
            weight=4,
            terms=_w("快来人 速来 sos"),
            patterns=(
                r"(快|快点|赶快|赶紧|马上|立刻|立即|尽快)(派|叫|找|喊)(个|一个|些)?(人|师傅|保安|电工|维修)",
                r"(快|快点|赶快|赶紧|马上|立刻|立即)(来|过来|上来|下来)(人|处理|看看|看一下|啊|呀|吧|!)",
                # 救命 as praise (救命，太好喝了) is silenced below; a 救命稻草 is a hope, not a
                # cry: the lookahead keeps it from matching at all (no negated match to build)
                r"救命(?!稻草|钱|药|恩人|之恩)|救救|快救",
                # a product or a service named 紧急… (紧急避孕药, 紧急救援服务) is no call
                r"紧急(?!联系人|出口|通道|按钮|预案|情况|时|疏散|集合|避险|制动|刹车|煞车|电话|呼叫|通知|"
                r"避孕|救援|救助|维修服务|程度|件|医疗|备用|用品|包)",
                r"(send|need)(someone|somebody|help|an?engineer|atechnician)\S{0,12}(asap|now|immediately|urgent)",
                r"(?<!non)urgent|emergency(?!exit|contact|number|plan|drill)",
            ),
            negations=("不", "不用", "不必", "无需", "不需要", "没有"),
            # a question about an urgent service is a consultation (紧急…多少钱, 包含哪些)
            question_frames=(r"多少钱|包含哪些|包括哪些|怎么(收费|申请|叫|联系)|收费吗|有吗",),
            silencers=(r"太好|好喝|好吃|绝了|太香|太美|好看|好听",),
            note="an urgent call for help (快派人来, 快来人, 救命): a complaint to act on now",
        ),
        Rule(
            "desk.services",
            # a building's service not done (D10 二 3.3: staff negligence): supplies out and
            # not restocked (卫生间没有纸, 洗手液空了, 不补), cleaning not done (保洁几天没倒
            # 垃圾, 没人打扫) → service quality
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(卫生间|厕所|洗手间|茶水间|厕)[^,。.!?;]{0,6}(没有|没|缺)了?"
                r"(厕纸|卫生纸|纸巾|手纸|擦手纸|纸(?!质|箱|盒|币)|洗手液|肥皂|洗手皂|热水)",
                r"(洗手液|纸巾|卫生纸|厕纸|手纸|擦手纸|肥皂|垃圾袋)[^,。.!?;]{0,3}(空了|用完了|没了|没有了)",
                r"(保洁|清洁工|保洁员|阿姨|物业|前台)[^,。.!?;]{0,6}(不|没|没有)(补|添|换)(?![充货办卡证])|"
                r"没人(补|添|换)(?![充货办卡证])",
                r"(保洁|清洁工|保洁员|清洁员|保洁阿姨|清洁阿姨|阿姨)[^,。.!?;]{0,10}"
                r"(没来|不来|没有来|没倒|不倒|没打扫|不打扫|没清理|不清理|没收|偷懒|不干活)",
                r"(几天|好几天|一天|两天|三天|一周|一个星期|一礼拜)[^,。.!?;]{0,4}(没|没有|不)人?"
                r"(倒垃圾|打扫|清理|清扫|收垃圾|拖地|来收)",
                r"没人(打扫|清理|清扫|倒垃圾|收垃圾)",
                # a building's rubbish, not a phone's (垃圾文件满了) or spam (垃圾短信)
                r"垃圾(?!文件|短信|邮件|广告|清理|软件|电话|信息)[^,。.!?;]{0,6}(没人收|没人倒|没人清|没收|没倒|堆满|满了|溢出|发臭|臭了)",
            ),
            overrides=("pq.defect", "pq.topic"),
            note="a building's service not done: supplies not restocked, cleaning not done "
            "(D10 二 3.3 staff negligence, R-CMP-03)",
        ),
        Rule(
            "desk.renovation",
            # renovation noise in a building (装修噪音, 电钻响): a nuisance, mostly a
            # neighbour's (楼上装修), so other first (the labelling guide's property managers:
            # a nuisance between neighbours → other), not a product's fault
            category=Category.OTHER,
            weight=4,
            patterns=(
                r"装修\S{0,2}(噪音|噪声|声音)(太|很|特别|非常)?(大|吵)?了?|装修\S{0,2}(太吵|很吵|吵|扰民)|"
                r"电钻\S{0,6}(响|吵|噪)",
            ),
            # a hotel's own works spoil the stay it sold (酒店在装修，很吵): its service or
            # product, not a nuisance between neighbours (the labelling guide's hotels)
            silencers=(
                r"(?<!隔壁|对面|旁边|附近)(酒店|宾馆|民宿|客栈|旅馆)",
                # (nor works the desk itself should have announced: 你们也不提前说)
                r"你们[^。.!?;]{0,4}?(不|没|没有)(提前|事先|预先)(说|通知|告知|提醒|讲)",
            ),
            overrides=("pq.defect", "pq.topic", "pq.room", "pq.degree"),
            note="renovation noise in a building: a nuisance, category other (R-CMP-02)",
        ),
        Rule(
            "desk.deposit",
            # a deposit of a lease or a fit-out asked about (退押金要走什么流程, 装修押金什么时候
            # 退): a contract's money, no goods returned (R-CMP-10; the labelling guide's
            # property managers: deposits → sales contract)
            category=Category.SALES_CONTRACT,
            weight=4,
            # (a lease or a stay ended, 退租, 退宿 — a dormitory's or a flat's — is the contract's
            # end, no goods sent back: 请问退宿流程？)
            terms=_w("退租 退宿"),
            patterns=(
                r"(要|想|准备|打算|需要)退(租|宿)",
                r"(请问|想问|问一下|问下)?退(租|房)?\S{0,2}(押金|保证金)[^,。.!?;]{0,10}(流程|怎么|如何|多久|什么时候|何时|手续|"
                r"吗|么|\?)|(押金|保证金)[^,。.!?;]{0,6}(什么时候|怎么|如何|多久|何时|啥时候)\S{0,2}退",
                # whether or how soon the deposit comes back, asked (押金几个工作日能退？
                # 押金能退吗, 保证金几天退？): not one kept or refused (押金为什么不能退,
                # 押金还没退吗 are rx.deposit-kept's and rx.refused's)
                r"(押金|保证金)(?:(?!不|没|未|还|为什么|为啥|凭什么)[^,。.!?;]){0,8}?"
                r"(几个?工作(日|天)|几天|多少天|多久|几号|能不能|可不可以|(?<![不没])(能|可以))\S{0,2}退"
                r"[^,。.!?;]{0,4}?(吗|么|嘛|呢|不|\?|$)",
            ),
            overrides=("rx.demand", "rx.mention", "rx.topic"),
            note="a deposit asked about: sales contract, no return of goods (R-CMP-10)",
        ),
        Rule(
            REPAIR_REQUEST_RULE,
            # a repair request (报修): a fault reported with a request to send someone or to
            # fix it (空调不制冷，麻烦派人来看一下; 厕所堵了，请安排师傅来修).  Not a complaint
            # for the review (docs/complaints.md, D3 三 10-11, D3 四 4-5): the classification
            # marks it ``repair_request``.  Blame, anger, a repeat failure or a delay (又坏了,
            # 修了几次, 报修三天没人来, 太差) silence it: that is a complaint
            kind=C,
            category=Category.REPAIR_QUALITY,
            weight=2,
            describes_problem=False,
            patterns=(
                r"(派|安排|叫|找|请)(个|一个|一下|位)?(人|师傅|维修工|维修人员|电工|水电工|工程部|工人|物业)"
                r"[^,。.!?;]{0,4}(来|过来|上来|上门|看|修|处理|检查|疏通)",
                r"(我要|我想|要|想|需要|申请|帮我|麻烦)报修(?!电话|热线|号码|流程|方式)",
                r"麻烦\S{0,2}(来|过来)(修|看|处理|检修|疏通)一下|(麻烦|请)\S{0,4}(修|维修|修理|检修|疏通)一下",
                r"(请|麻烦|需要|安排|派)\S{0,4}上门(维修|修理|检修|疏通)",
                r"(send|need)(someone|somebody|a(n)?(engineer|technician|plumber|electrician))"
                r"\S{0,10}(tofix|torepair|tocheck|tolook)",
            ),
            question_frames=(
                r"(电话|热线|号码)\S{0,3}(是多少|多少|是什么|\?)",
                r"怎么报修|如何报修",
                r"收费|收钱|要钱|多少钱",
            ),
            silencers=(_NOT_A_ROUTINE_REPAIR, r"修好了|很专业|真专业|谢谢师傅|感谢师傅"),
            note="a repair request: a fault with a request to fix it or send someone (报修); "
            "the classification marks it repair_request (not a complaint for the review)",
        ),
        # ---- goods shops' defects and wrong work (R-CMP-01, R-CMP-02) ------------------------
        Rule(
            "goods.timekeeping",
            # a watch or a clock that keeps bad time or stops (表走不准, 手表走快了, 每天快十秒,
            # 表停了, 不走了): a defect of the goods (R-CMP-01: a complaint; R-CMP-02: product
            # quality), not a watch that keeps good time (走得很准) nor a person who stays
            # (我们不走了: no watch named)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                r"走(得|的)?(不准|不太准|不大准|时快时慢)",
                rf"{_TIMEPIECE}[^,。.!?;不没未无并从]{{0,6}}?(走快了|走慢了|走得?(太|很|特别)?(快|慢)了?|"
                r"快了|慢了|停了|停走|不走了?|停摆|不动了|走走停停|时快时慢|误差(大|很大|太大))",
                r"(每天|一天|每日|一周|每周|一个月|每月|一星期)(都)?(快|慢)(了)?"
                r"(\d+|[一二两三四五六七八九十几半]+)(多)?(秒|分钟|分)",
                r"(watch|clock)\S{0,12}?(runs?|running|is|keeps|goes)(too)?(fast|slow)|"
                r"(watch|clock)\S{0,12}?(stopped|stops|hasstopped|keepsstopping)",
            ),
            negations=NEGATIONS,
            question_frames=_GOODS_WORRY,
            # a return or a refund demanded is the return rules' category (R-CMP-02)
            silencers=(_GOODS_REPAIR_ASKED, _DEMANDED),
            note="a watch or a clock that keeps bad time or stops (走不准, 走快了, 表停了): "
            "a defect of the goods",
        ),
        Rule(
            "goods.stone",
            # a stone lost or loose, a setting or a clasp that gave way (掉钻, 钻石松了, 宝石
            # 脱落, 爪松了, 扣子坏了): a defect of the goods; not a stone that holds (钻石很牢,
            # 钻石没松) nor a worry (会不会掉钻)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                # (not a stone or lime that falls from above: 掉石头下来, 掉石灰)
                r"掉(了)?(一|两|几|1|2)?(颗|粒|个)?(钻(?![进到出过入])|石(?![头灰子块膏板材油])|碎钻|小钻|"
                r"主石|副石|珍珠|宝石|水钻|锆石)",
                rf"{_STONE}[^,。.!?;不没未无并从]{{0,4}}?(松了|松动|松掉|晃动|晃来晃去|会晃|脱落|掉了|"
                r"掉出来|掉下来|掉下去|掉没了|不见了|丢了|没了|歪了|崩了|崩掉|缺了|裂了)",
                r"(stone|diamond|gem|pearl|prong|clasp)\S{0,8}?(fellout|islost|waslost|loose|came"
                r"off|cameout|broke|missing)|(lost|missing)(a|the|one)?(stone|diamond|gem|pearl)",
            ),
            negations=NEGATIONS,
            question_frames=_GOODS_WORRY,
            # a return or a refund demanded is the return rules' category (R-CMP-02)
            silencers=(_GOODS_REPAIR_ASKED, _DEMANDED),
            note="a stone lost or loose, a setting or clasp that gave way (掉钻, 钻石松了, "
            "宝石脱落, 爪松了): a defect of the goods",
        ),
        Rule(
            "goods.shape",
            # a piece of jewellery or a frame bent, opened or broken (镯子开口了, 戒指变形, 项链
            # 断了, 镜腿断了, 表带断了): a defect of the goods, not one said to hold its shape
            # (不变形) nor a size asked (戒圈能改吗)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                rf"{_PIECE}[^,。.!?;不没未无并从]{{0,4}}?(开口了|裂开|裂了|断了|断开|断掉|变形|扁了|弯了|"
                r"折了|瘪了|凹了|开焊|脱焊|焊口开了|掉漆|掉色|褪色|变色|发黑|发绿|发乌|氧化|生锈|"
                r"起泡|掉皮|磨损|坏了|歪了|松了|碎了|划花了)",
                # a watch fogged or wet inside; glasses that fog in the cold are no defect
                r"(手表|腕表|表镜|表盘|表壳|表蒙|表里|表内)[^,。.!?;不没未无并从]{0,4}?(起雾|进水|进灰|"
                r"有水汽)",
            ),
            negations=NEGATIONS,
            question_frames=_GOODS_WORRY,
            # a return or a refund demanded is the return rules' category (R-CMP-02)
            silencers=(_GOODS_REPAIR_ASKED, _DEMANDED),
            note="a piece of jewellery, a watch strap or a frame bent, opened, broken or "
            "discoloured (镯子开口了, 镜腿断了): a defect of the goods",
        ),
        Rule(
            "goods.finish",
            # plating or colour gone (掉金, 镀层脱落, 电镀掉了, 变色, 发绿): a defect of the
            # goods; not a finish said to hold (不掉色: a negation)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            terms=_w("掉金 掉镀层 掉电镀 镀层脱落 电镀脱落 镀金脱落 镀金掉了 电镀掉了 发绿 发乌"),
            patterns=(
                r"(镀金|镀银|镀层|电镀|涂层|金色|银色|玫瑰金|表面|颜色)[^,。.!?;不没未无并从]{0,3}?"
                r"(掉了|脱落|磨掉|没了|掉光|变了|变黑|发黑|发黄|发绿|氧化)",
                r"(plating|colour|color|gold|silver)\S{0,8}?(cameoff|wornoff|faded|fading|"
                r"tarnish|turnedblack|turnedgreen|peel)|tarnished",
            ),
            negations=NEGATIONS,
            question_frames=_GOODS_WORRY,
            # a return or a refund demanded is the return rules' category (R-CMP-02)
            silencers=(_GOODS_REPAIR_ASKED, _DEMANDED),
            note="plating or colour gone (掉金, 镀层脱落, 发绿): a defect of the goods",
        ),
        Rule(
            "goods.wrong-work",
            # work done wrong: engraved, printed, written, embroidered, fitted or made wrong
            # (刻字刻错了, 名字刻错了, 刻错了名字, 印错了, 绣错了, 度数配错了): the shop's work
            # is the product (R-CMP-02: product quality); not the customer's own slip (我写错了
            # 地址: 写错 counts only with the work's subject or the shop as its doer) nor a
            # question how to change a text (刻字能改吗)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                # (not 做错 of a deed nor 打错 of a number dialled: no work on the goods)
                r"(刻|印|绣|雕|镌|烫|打印|镭射|激光|配)错(了|字|名|成)?",
                r"(字|名字|姓名|日期|名称|拼音|字母|数字|刻字|logo|图案|度数|尺寸|圈号|尺码|型号)"
                r"[^,。.!?;不没未无并从]{0,4}?(写错|弄错|搞错|错了|不对|反了)",
                r"(你们|店员|师傅|工作人员|柜台|店里|店家|商家|客服)[^,。.!?;]{0,6}?(写错|弄错|搞错)",
                r"(engrav|print|spell|spelt|embroider|stitch|made|fitted|cut)\S{0,10}?(wrong|incorrect|"
                r"mistake)|wrong(name|engraving|spelling|initials|date|prescription|lens)|misspel",
            ),
            negations=(*NEGATIONS, "别", "不要", "以免", "防止", "免得", "怕"),
            question_frames=_GOODS_WORRY,
            silencers=(_DEMANDED,),
            # a wrong job made a repair's failure is still this shop's work (overrides none)
            note="work done wrong (刻错, 印错, 绣错, 配错, 名字写错了): a defect of what was made",
        ),
        Rule(
            "goods.papers",
            # a certificate, a warranty card, a tag or an invoice missing (证书没给, 保修卡丢了,
            # 没有鉴定证书, 保修卡一直没补): what came with the sale missing (R-CMP-02: sales
            # contract), no return asked; asked where to get it (证书在哪里领?) or whether it
            # can be replaced (保修卡丢了还能保修吗?) is a question
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                rf"({_PAPERS})[^,。.!?;]{{0,4}}?(没给|没有给|没附|没放|没寄|不见了|丢了|丢失|遗失|找不到|"
                r"没有了|没了|缺了|少了|没收到|没有收到|未收到|还没|一直没|都没|没有(?!问题|错|什么)|"
                r"没(?!问题|错|什么)|不给|不肯给|说要补|说补|迟些补|过几天补|没补|未补)",
                rf"(没给|没有给|没附|没放|没寄|没收到|没有收到|未收到|缺|少了|少给|不给|不肯给|漏了|"
                rf"没有|没)(我)?(配|附|带|附带|附送)?的?({_PAPERS})",
                r"(warranty|guarantee|certificate|receipt|invoice)(card)?\S{0,16}?(missing|notincluded|"
                r"wasn'?tincluded|wasnotincluded|notinthebox|nevercame|neverarrived|lost)|"
                r"(no|without|missing)(the|a)?(warranty|guarantee|certificate)",
            ),
            negations=("不是", "并非", "不存在", "不会", "not"),
            question_frames=(
                *_GOODS_WORRY,
                r"(在哪|哪里|哪儿|怎么|如何|能不能|可不可以|可以|能|还能|还可以)(领|拿|补|办|保修|修|开|查|"
                r"打印|申请|用)|吗|么|呢\?|\?",
            ),
            overrides=("rx.mention", "rx.demand", "rx.topic", "sc.missing"),
            note="a certificate, a warranty card or an invoice missing (证书没给, 保修卡丢了): "
            "what came with the sale, a sales-contract matter",
        ),
        Rule(
            "goods.trade-in",
            # a trade-in (以旧换新, 旧换新, 以旧换旧) is a service of the shop: its 换新 is no
            # exchange demanded (R-CMP-01), and a question about its fee (以旧换新要收多少工费?)
            # is about the sale's price (R-CMP-02: sales contract)
            category=Category.SALES_CONTRACT,
            weight=2,
            terms=_w(
                "以旧换新 以旧换旧 旧换新 旧金回收 黄金回收 旧料回收 旧金换新 旧料换新 "
                "trade-in tradein"
            ),
            overrides=("rx.mention", "rx.demand", "rx.topic", "sig.repeat"),
            note="a trade-in (以旧换新): a service of the shop, no exchange demanded",
        ),
        Rule(
            "goods.how-handle",
            # what the shop will do about it asked after a fault (吊坠掉钻了…你们怎么处理, 你们
            # 看怎么办, 给个说法): a demand, not a how-to question (the labelling guide: a
            # question that carries a failure suffered is a complaint)
            kind=C,
            weight=3,
            describes_problem=False,
            patterns=(
                r"(你们|贵店|店里|商家|门店|你们店)(打算|准备|看|说|要|会|到底|想)?(怎么|如何|咋)"
                r"(处理|解决|办|弄|赔|负责|交代)(?!退|换|流程|手续|投诉|售后|的|得|呢\?|吗)",
            ),
            # a procedure asked about (请问你们怎么处理退货, 一般怎么处理) is none
            question_frames=(r"请问|想问|问一下|问下|想了解|想知道|咨询|一般",),
            overrides=("kind.how-to",),
            note="what the shop will do about a fault, asked (你们怎么处理): a demand",
        ),
        Rule(
            "goods.english",
            # plain English from a shop's customers (R-CMP-01, R-CMP-02): something missing
            # from the box or the order, the wrong item sent: a sales-contract complaint
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(is|are|was|were|'s|s|itemsare|partis)missing|missingfrom|(not|wasn'?t|weren'?t)"
                r"(included|inthebox)|didn'?tcomewith",
                # the wrong thing sent; not a wrong impression nor the buyer's own pick (I picked
                # the wrong one, my mistake)
                r"(sent|gave|delivered|shipped|got|received)(me|us)?(the|a)?wrong(item|order|size|colour|"
                r"color|model|watch|ring|product|one|thing|parcel|package|goods)|wrong(item|order|"
                r"size|colour|color|model|watch|ring|product)(was|were|is|has|had)?(sent|delivered|"
                r"shipped|arrived|came)",
            ),
            negations=("nothing", "none", "no", "not"),
            window_chars=8,
            note="English: something missing or the wrong item (it's missing from the box)",
        ),
        Rule(
            "goods.call-back",
            # a call back asked for (please call me back, 请回电, 给我回个电话): someone must
            # answer, so the text is never nothing to handle nor praise; a consultation unless
            # a problem told beside it makes it a complaint (R-CMP-01)
            kind=Q,
            weight=2,
            patterns=(
                r"(call|ring|phone|contact)(me|us)back|(callback|call|ring|phone)(me|us)(asap|soon|"
                r"urgently|today|please)|getbacktome",
                r"(请|麻烦|尽快|马上|赶紧|速)(给我)?回(个|一个)?电(话)?|(给我|跟我)回(个|一个)?电话",
            ),
            negations=("不用", "不必", "无需", "不需要", "别", "don't", "dont", "no"),
            note="a call back asked for (call me back, 请回电): someone must answer",
        ),
        Rule(
            "goods.call-back-missed",
            # a call back promised and never made (You said you would call me back yesterday
            # and nobody did): a promise broken, a complaint about the service (R-CMP-01,
            # R-CMP-02), not the call back asked for that it holds
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(said|promised|toldme|agreed)(you|they|he|she|someone|somebody|yourstaff)?"
                r"(would|will|'d|to)(call|ring|phone|contact|getbackto)(me|us)?(back)?"
                r"[^.!?;]{0,40}?(nobody|noone|never|didn'?t|didnot|hasn'?t|haven'?t|stillwaiting|"
                r"nocall|nothing)",
            ),
            overrides=("goods.call-back",),
            note="a call back promised and never made (you said you would call me back … nobody "
            "did): a promise broken",
        ),
        Rule(
            "goods.repair-asked",
            # a repair of a piece asked about (项链断了能在你们店修吗？, 表停了换电池多少钱):
            # the labelling guide's question about a repair, a consultation; the defect it
            # names (断了) is no complaint of its own, for the general defect rule too
            kind=Q,
            weight=2,
            patterns=(rf"({_PIECE}|{_TIMEPIECE})[^,。.!?;]{{0,12}}?({_GOODS_REPAIR_ASKED})",),
            overrides=("pq.defect",),
            note="a repair of a piece asked about (项链断了能修吗): a consultation",
        ),
        # ---- insurers' and couriers' customers (the forty-fourth round, R-CMP-01, R-CMP-02,
        # R-CMP-03)
        # How an insurer's and an express company's customers write a grievance: a claim
        # cut short or stalled, a cost put on them, a question that only scolds, praise that
        # mocks a long wait, a sale that misled; a parcel lost, a fee for a locker, a parcel
        # left where they said not to.  The claim is the contract's execution (labelling
        # guide, finance: sales_contract), whatever the insured event (漏水, 住院) it pays for.
        Rule(
            "ins.cost-on-me",
            # a cost put on the customer (差价要我自己出, 让我自己掏钱, 叫我们自己承担): a
            # dispute over money (R-CMP-02: sales contract); a question whether one must pay
            # (需要我自己出吗, 是不是要我自己承担) is asked, and 不用我自己出 none
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            # (not 需要我自己出: a need asked about)
            patterns=(r"(?<!需)(让|要|叫)(我|我们)(自己|自个儿?)(出|掏|承担|付|垫|补|买单)",),
            negations=("不用", "不需要", "无需", "不必", "不要", "不会"),
            question_frames=(
                r"请问|想问|问一下|咨询|是否|是不是|会不会|需不需要|要不要|需要|吗|\?",
            ),
            note="a cost put on the customer (差价要我自己出, 让我自己掏钱): a money dispute",
        ),
        Rule(
            "ins.what-else",
            # what else the company wants of the customer, asked to scold (你们还要我等什么？
            # 到底要我们提供什么, 还想让我怎么样): a rhetorical question, a complaint
            # (labelling guide: rhetorical questions); not 我还要等多久 (the customer's own
            # question: 我 before 要)
            kind=C,
            weight=4,
            patterns=(
                r"(还|到底|究竟)(要|让|叫)(我|我们)(再)?(等|跑|交|补|提供|证明|做|准备)"
                r"(什么|啥|多久|多少|到什么时候|到啥时候|几次|几趟)",
                r"(还|到底|究竟)想(让|要|叫)(我|我们)(怎么样|怎样|干什么|干嘛|做什么)",
            ),
            # (a plain question ends in 吗: 还要我提供什么材料吗？)
            question_frames=(r"吗",),
            note="what else is wanted of the customer, asked to scold (你们还要我等什么？): a "
            "rhetorical question",
        ),
        Rule(
            "ins.insult",
            # a crude insult of the company or its words (承诺就是放屁, 狗屁规定, 鬼话, 扯淡):
            # anger, a complaint whatever the question form around it (R-CMP-01)
            kind=C,
            weight=4,
            terms=_w("放屁 放狗屁 狗屁 屁话 鬼话 骗鬼 扯淡 扯蛋 鬼扯 胡扯 不要脸 臭不要脸 无耻"),
            negations=("不是",),
            note="a crude insult (放屁, 狗屁, 鬼话, 扯淡): anger, a complaint",
        ),
        Rule(
            "ins.no-answer",
            # nobody has answered, called back or handled it up to now (到现在也没人回, 至今
            # 没有答复, 到现在还没人联系我): a failure of the service (R-CMP-02)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(到现在|至今|到今天|到目前|直到现在|到如今)(为止)?(也|都|还|仍|仍然|依然)?(没|没有|未)"
                r"(有)?(人|任何人)?(回(?![款来家去国])|回复|回电|回电话|联系|答复|处理|打来|理)",
            ),
            note="nobody has answered or called back up to now (到现在也没人回): a service failure",
        ),
        Rule(
            "ins.sarcasm",
            # praise of speed beside a wait of months or years (理赔真是神速啊，才三个月就有人
            # 回我电话了; 才半年就到账了，效率真高): sarcasm, a complaint (labelling guide); not a
            # wait of days (真快，才两天就到了: sincere), nor 真是太快了 alone
            kind=C,
            weight=6,
            patterns=(
                rf"({_R44D_FAST})(啊|呀|哇|呢|了){{0,3}}[,~!]?[^,。.!?;]{{0,10}}?才(用了?|花了?|等了?|过了?|"
                rf"短短)?{_R44D_LONG_TIME}",
                rf"才(用了?|花了?|等了?|过了?|短短)?{_R44D_LONG_TIME}[^,。.!?;]{{0,10}}?[,~!]?"
                rf"(真是|真|太|好|可真)?(是)?({_R44D_FAST})",
            ),
            overrides=("pr.delivery", "pr.general"),
            note="praise of speed beside a wait of months (真是神速啊，才三个月): sarcasm",
        ),
        Rule(
            "ins.mis-sold",
            # a sale that misled (销售误导, 误导我买, 说是存款其实是保险): a false promise of
            # the sale, a sales-contract complaint (labelling guide: false advertising,
            # promises not kept); not one denied (没有误导)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w(
                "销售误导 误导销售 误导性销售 被误导 误导我 误导我们 误导消费者 误导客户 误导老人 "
                "夸大收益 夸大宣传"
            ),
            patterns=(
                r"误导(我|我们|老人|客户|消费者|他|她|我妈|我爸)?(买|购买|投保|办理|签|购|入)",
                r"(说|讲|告诉我|介绍)(是|成|这是)?(存款|存钱|储蓄|定期|理财)[^。.!?;]{0,12}?"
                r"(其实|实际|结果|原来|才知道|竟然|却)",
            ),
            negations=("没有", "没", "并非", "不存在", "不算", "未"),
            note="a sale that misled (销售误导, 说是存款其实是保险): a false promise",
        ),
        Rule(
            "ins.claim",
            # the words of an insurance claim (理赔, 拒赔, 定损, 查勘, 赔付): its subject is
            # the contract's execution (labelling guide, finance: sales_contract)
            category=Category.SALES_CONTRACT,
            weight=1,
            patterns=(_R44D_CLAIM,),
            note="the words of an insurance claim (理赔, 拒赔, 定损, 查勘): its subject",
        ),
        Rule(
            "ins.claim-stalled",
            # a claim stalled, refused or not handled (理赔员三天都没来查勘, 理赔两个月了还没
            # 下来, 还不给我赔): a failure of the contract's execution (R-CMP-02: sales
            # contract); asked about (理赔没到账怎么办？) a question
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                rf"({_R44D_CLAIM})[^,。.!?;]{{0,10}}?(没下来|没批|没到账|不到账|没到|没来|没人|没有人|"
                r"没处理|没动静|没消息|没结果|不处理|拖|迟迟|一直没|还没|至今没|都没)",
                r"(没|没有|未)来(查勘|勘查|定损|看)|不(给|肯)(我|我们)?(赔|理赔|赔付)(?!偿)",
            ),
            # (a refusal supposed is none: 是不是只要赔一次就不给赔了？, 如果不给赔怎么办)
            question_frames=(*QUESTION_FRAMES, r"是不是|会不会|万一|如果|要是|只要"),
            note="a claim stalled or refused (三天都没来查勘, 还不给我赔): the contract not done",
        ),
        Rule(
            "post.fee",
            # a courier's storage or extra fee (保管费, 超时费, 上楼费): a fee, the sale's terms
            # (R-CMP-02: sales contract), over the locker or the station it names (快递柜 is
            # only where); charged (驿站要收我1块钱保管费, 被收了超时费) a complaint
            category=Category.SALES_CONTRACT,
            weight=3,
            patterns=(_R44D_FEE,),
            overrides=("sc.late",),  # 超时 in 超时费 is the fee's name, no lateness
            note="a courier's storage or extra fee (保管费, 超时费): the sale's terms",
        ),
        Rule(
            "post.fee-charged",
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            # (the charger acts: 收, 扣, 加收; the customer's own 交了上楼费 is a calm fact)
            patterns=(rf"(收|扣|加收|多收|要)(了|我|我们)?[^,。.!?;]{{0,8}}?({_R44D_FEE})",),
            negations=("不", "没", "免", "无需", "不用"),
            question_frames=QUESTION_FRAMES,
            note="a courier's fee charged (驿站要收我1块钱保管费): a complaint about a fee",
        ),
        Rule(
            "post.lost",
            # a parcel lost or still not found (包裹还是没找到, 快递丢了, 快件遗失): the
            # carriage not done (R-CMP-02: sales contract); found again (找到了) is none
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w("丢件 丢包 件丢了"),
            patterns=(
                rf"({_R44D_PARCEL})[^,。.!?;]{{0,4}}?(还是|仍然|依然|一直|至今|到现在|都|也)?"
                r"(没找到|没有找到|找不到|没找回|没有找回|丢了|丢失|遗失|弄丢|被弄丢|不见了)",
            ),
            question_frames=(
                r"请问|想问|问一下|咨询|怎么办|如何|怎么赔|怎么处理|会不会|万一|如果",
            ),
            silencers=(r"找回来|找回了|找到了|找着了|已找回|已经找回",),
            note="a parcel lost or still not found (包裹还是没找到): carriage not done",
        ),
        Rule(
            "post.dropped",
            # a parcel left again, or unasked, at a locker, a station or the door (又给我放快递柜,
            # 擅自放驿站, 扔在门口): the courier's service (R-CMP-02: service quality);
            # not the customer's own wish (放快递柜就行, 直接放门口吧)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                # (not a habit told in thanks: 每次都放到快递柜，取件很方便; 放 needs a word that
                # it was unasked, 扔 and 丢 say so themselves)
                r"(又|擅自|私自|随便|随手|不打招呼就|不打电话就|没打电话就|也不问就|不经同意就|没经过同意就)"
                r"(给我|帮我|把(我的)?(快递|包裹|件|东西))?(放|扔|丢|塞)"
                rf"(了)?(到|在|进)?({_R44D_DROP})(?![^,。.!?;]{{0,4}}(就行|就好|即可|吧|可以|行吗|好吗))",
                rf"({_R44D_PARCEL}|件|东西)[^,。.!?;]{{0,6}}?(扔|丢)(了)?(到|在|进)({_R44D_DROP})(?![^,。.!?;]{{0,4}}(就行|就好|即可|吧|可以|行吗|好吗))",
                r"我[^,。.!?;]{0,5}?(说了|说过|讲了|讲过|交代了|交代过|备注了|备注过|强调了|强调过|叮嘱了)"
                r"[^,。.!?;]{0,8}?(送货上门|送上门|送到家|送到楼上|上门|别放|不要放|打电话|电话联系)"
                # (what the customer asked, then not done: 我说了要送货上门，结果还是放驿站;
                # not a wish told in thanks: 我说过打电话给我就行，谢谢小哥)
                r"[^。.!?;]{0,12}?(还是|却|结果|照样|偏偏|硬是|非要|直接)",
            ),
            note="a parcel left unasked at a locker or the door (又给我放快递柜): the service",
        ),
        Rule(
            "post.ask-customer",
            # the company asking its customers (提前短信问一下客户, 征求一下用户的意见): what a
            # proposal asks of the staff, not the writer's question (the labelling guide: a
            # suggestion); not asked (也不问一下客户就放了) a complaint, weakly
            kind=S,
            weight=1,
            patterns=(
                r"(问一下|问下|问问|询问一下|询问|征求一下|征求)(客户|用户|顾客|收件人|寄件人|消费者|"
                r"业主|住户|乘客|患者|家属)",
            ),
            negations=("不", "没", "也不", "从不", "都不"),
            negated_kind=C,
            overrides=("kind.question",),
            note="the company asking its customers (问一下客户), a proposal's, not a question",
        ),
        Rule(
            "ins.own-loss-asked",
            # the customer's own paper lost, asked about (医院的发票丢了，复印件可以吗？, 保单
            # 弄丢了怎么补): a question about one's own loss, a consultation (R-CMP-01), not
            # what a sale failed to give
            kind=Q,
            weight=2,
            patterns=(
                rf"({_PAPERS}|发票|收据|单据|保单|病历|凭证|合同|小票)[^,。.!?;]{{0,3}}?(丢了|丢失了?|"
                r"遗失了?|弄丢了|找不到了)[^。.!?;]{0,14}?(可以吗|行吗|能用吗|有效吗|可不可以|能不能|"
                r"还能|怎么办|怎么补|如何补|补办)",
            ),
            overrides=("goods.papers",),
            note="the customer's own paper lost, asked about (发票丢了，复印件可以吗？)",
        ),
        # ---- education and utility customers (the forty-fifth round, R-CMP-01, R-CMP-02,
        #      R-CMP-07) -------------------------------------------------------------------------
        # How customers of a gas or water utility and of a school or a training company write:
        # a leak told in plain words, a reporter who has already called, neighbours or parents
        # complaining together, a matter raised before and still open, a question that carries
        # the fault it reports, and the subjects such desks hear every day.
        Rule(
            "util.gas-leak",
            # the forty-fifth round: gas escaping in a home, told in plain words (家里漏气了,
            # 阀门那里漏气, 修完又漏气了, 燃气报警器一直在响, I smell gas, gas leak): a hazard, so
            # a complaint with the safety signal, never a routine repair (R-CMP-07); not a tyre,
            # a ball, a mattress or a food bag that leaks air (车胎漏气, 真空包装漏气: the
            # silencers), nor one supposed or asked about (万一漏气怎么办, how to detect a gas leak)
            kind=C,
            weight=4,
            signal=Signal.SAFETY,
            # (English leak is the gas's, not a drink's leaking carton)
            overrides=("rx.storage",),
            patterns=(
                r"(家里|家中|屋里|屋内|室内|厨房|楼道|楼里|管道|管子|燃气管|煤气管|气管|阀门|灶台?|"
                r"燃气灶|煤气灶|燃气表|气表|表前|热水器|接口|软管|胶管|管线|总阀)[^,。.!?;没不未无]{0,4}?"
                r"(又|还在|一直|还是)?漏气",
                r"(?<![不没未])又漏气了?",
                r"(燃气|煤气|天然气|可燃气体)(泄漏)?报警器[^,。.!?;]{0,6}?(响|叫|鸣|报警)",
                # (not denied: we never smelled gas, there is no gas leak, didn't smell gas)
                _GAS_EN_NOT
                + r"smel(l|ls|led|t|ling)(of|like)?(natural)?gas(?!oline|station|bill|price)",
                _GAS_EN_NOT + r"(gas(smell|odou?r|leak)|leak(ing|ed|s)?(of)?gas(?!oline)|"
                r"gasis(leaking|escaping))",
            ),
            negations=(
                *NEGATIONS,
                *SUPPOSED,
                "防止",
                "预防",
                "避免",
                "防范",
                "以防",
                "检测",
                "演习",
                "演练",
            ),
            # (a leak or an alarm asked about: 那里漏气吗, 报警器响了吗)
            negations_after=("吗", "么", "嘛"),
            question_frames=(
                r"如果|万一|假如|假若|倘若|要是|假设|一旦|若是",
                r"(发生|遇到|遇上|碰到|出现)(?!了)\S{0,8}(怎么办|如何|怎么处理|怎样|该怎么|应该|找谁)",
                r"howto|howdo|howcan|whattodo|whatshould|whatif|^if|incaseof",
            ),
            silencers=(
                r"胎|轮|气垫|充气|球|泳圈|床垫|气囊|气门|打气|包装|真空|袋|保温|杯|瓶|密封|"
                r"汽车|车子|电动车|自行车|空调|冰箱|雪种|氟",
                # a leak the customer denies (阀门没有漏气, 明明没漏气), an alarm thought faulty
                # (报警器一直响，是不是坏了), a leak in a quoted title (发“漏气了怎么办”的文章)
                # (only a denial that stands: 修完说不漏气了，今天又漏气了 is told)
                r"(明明|根本|其实|确实|并)(没有?|不|未)(漏气|泄漏)|"
                r"(没有?|不|未)(漏气|泄漏),?(就是|只是|但是|但|可是|不过)|"
                r"报警器[^。.!?;]{0,12}?(坏了|坏咗|故障|误报|乱响|失灵)|"
                r"[“「\"][^”」\"]{0,16}?漏气[^”」\"]{0,8}?[”」\"][^,。.!?;]{0,4}?(文章|帖子|标题|科普|视频)",
            ),
            note="gas escaping in a home told in plain words (家里漏气了, 燃气报警器一直在响, "
            "I smell gas): a complaint and a safety hazard (R-CMP-07), no routine repair",
        ),
        Rule(
            "util.gas-leak-en",
            # ... and in English (gas leak, a gas smell): the gas supply's fault, product
            # quality (no category is given in Chinese, where a repair that failed, 修完又漏气了,
            # is the repair's)
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                _GAS_EN_NOT
                + r"gas(smell|odou?r|leak)|"
                + _GAS_EN_NOT
                + r"smel(l|ls|led|t|ling)(of|like)?(natural)?gas(?!oline|station)",
            ),
            overrides=("rx.storage",),
            note="a gas leak in English: product quality (R-CMP-02)",
        ),
        Rule(
            "util.gas-smell",
            # the forty-fifth round: the smell of the gas's odorant (有股臭鸡蛋味, 一股臭鸡蛋的
            # 味道) in a home or a stairwell: a hazard (R-CMP-07); not eggs or a dish that
            # smell so (the silencers: what is eaten or cooked)
            kind=C,
            weight=4,
            signal=Signal.SAFETY,
            patterns=(r"臭鸡蛋(的)?(味|气味|味道)",),
            negations=NEGATIONS,
            question_frames=(r"如果|万一|假如|假若|倘若|要是|假设|一旦|若是",),
            silencers=(
                r"吃|喝|外卖|菜|汤|食|肉|煮|煎|炒|蛋糕|蛋黄|蛋白|皮蛋|咸蛋|(?<!臭)鸡蛋|温泉|屁",
                # a drain's or a toilet's smell, no gas (下水道有股臭鸡蛋味)
                r"下水道|下水口|地漏|厕所|马桶|化粪池|排水|污水|阴沟|卫生间",
            ),
            note="a smell of rotten eggs in a home (the gas's odorant): a safety hazard (R-CMP-07)",
        ),
        Rule(
            "util.press-in-touch",
            # the forty-fifth round: the press already in touch with the customer (记者已经联系
            # 我了, 媒体的人来找我了, 电视台今天采访了我): exposure under way, the media signal and
            # a weak complaint vote as sig.media's (R-CMP-07); not the writer's own trade (我是
            # 记者) nor a contact asked about (记者联系方式是多少)
            kind=C,
            weight=2,
            signal=Signal.MEDIA,
            question_frames=_SIGNAL_ASKED,
            patterns=(
                rf"(?<!多)({_PRESS}|栏目组|节目组)(的人|的朋友)?(已经|都|也|今天|昨天|刚才|刚刚|主动){{0,2}}"
                r"(联系|找|打电话给|打给|来电|采访|约)(了|过)?(我|我们|我家|你们)",
            ),
            negations=_INVOLVEMENT_DENIED,
            window_chars=12,
            not_negations=_INVOLVEMENT_NOT_DENIED,
            note="the press already in touch with the customer (记者已经联系我了): media "
            "(R-CMP-07)",
        ),
        Rule(
            "util.collective",
            # the forty-fifth round: parents, students or residents complaining together
            # (我们好几个家长, 家长们都, 整栋楼的人都说, 大家一起来投诉): the collective signal
            # (R-CMP-07); not denied right before it (不是集体投诉)
            signal=Signal.COLLECTIVE,
            patterns=(
                # (a count after 我们: 我们家老人 is the writer's family)
                r"(我们[几\d一二两三四五六七八九十百]+|好[几\d]*|十[几\d]*)(个|位|户|家)(家长|学员|学生|用户|居民|住户|租户|车主|会员|乘客|"
                r"病人|患者|老人)",
                r"(家长|学员|用户|居民|住户|车主|租户)们(都|也|全|一起)",
                r"(大家|我们|邻居们|住户们|业主们|家长们|居民们)(一起|一块儿?|联合|集体)(来)?"
                r"(投诉|反映|举报|维权|报警)",
                r"(整个小区|整栋楼|整幢楼|全楼|整个楼|整座楼)的?(人|住户|居民|业主|邻居)(都|全)"
                r"(说|在说|反映|投诉|遇到|碰到)",
            ),
            negations=("没有", "没", "并未", "未曾", "从未", "从没", "未", "不是", "并非"),
            window_chars=2,
            # (a group that praises or thanks complains of nothing: 我们几个家长都觉得老师很好)
            # (nor a group that asks for a deal: 我们几个学员一起报名，有优惠吗？)
            silencers=(
                r"谢谢|感谢|表扬|满意|点赞|很好|不错|喜欢|推荐|好评|"
                r"(优惠|打折|折扣|团购|便宜|报名)[^。.!?;]{0,8}?(吗|么|\?)",
            ),
            note="parents or residents complaining together (好几个家长, 整栋楼的人都说): "
            "collective (R-CMP-07)",
        ),
        Rule(
            "util.repeat",
            # the forty-fifth round: a matter raised before and still open (已经打过三次电话了,
            # 上次反映的问题还没人来, 为这事跑了三趟): the repeat signal (R-CMP-07); not a matter
            # raised before and settled (上次反映的问题已经解决了)
            signal=Signal.REPEAT,
            patterns=(
                r"(打|拨)过了?(好几|几|[二三四五六七八九十两2-9]|很多|多)(次|回|遍|个|通)(电话|热线|客服)",
                r"(上次|上回|之前|早就|早已|前几天|前段时间)(反映|投诉|报修|反馈|提|申请)(过)?的"
                r"[^。.!?;]{0,14}?(还没|还是没|到现在还?没|至今没|依然没|仍然没|一直没|都没)",
                r"跑了(好几|几|[二三四五六七八九十两2-9])趟",
            ),
            negations=("没有", "没", "并未", "未曾", "从未", "从没"),
            window_chars=2,
            # (still open is asked: …还没开始吗)
            negations_after=("吗", "么", "嘛", "?"),
            # (calls or trips that ended in thanks or praise raise nothing again)
            silencers=(r"谢谢|感谢|表扬|满意|点赞|很好|不错|耐心|热情|周到|终于|总算|好评",),
            note="a matter raised before and still open (已经打过三次电话, 上次反映的…还没人来): "
            "repeat (R-CMP-07)",
        ),
        Rule(
            "util.water-colour",
            # the forty-fifth round: tap water that comes out discoloured, cloudy or smelling
            # (放出来的水是黄的, 自来水发浑, 水龙头出黄水): a fault of the supply, a complaint
            # even when it ends in a question (这水能喝吗？: the labelling guide's question
            # carrying a reported problem) (R-CMP-01, R-CMP-02)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                r"(自来水|水龙头|龙头|放出来的水|出来的水|流出来的水|出的水|家里的水|这水|水管里?的?水|"
                r"水质)[^,。.!?;]{0,8}?(是黄的|黄黄的|发黄|变黄|泛黄|是黄色|有黄色|浑浊|浑浑的|发浑|"
                r"发黑|黑水|黄水|锈水|有锈|铁锈|有沉淀|有杂质|有异味|发臭|有股味|消毒水味|漂白粉味)",
            ),
            negations=NEGATIONS,
            note="tap water discoloured, cloudy or smelling (水是黄的): the supply's quality, a "
            "complaint also when asked about (R-CMP-01, R-CMP-02)",
        ),
        Rule(
            "util.meter-doubt",
            # the forty-fifth round: a meter doubted after a bill rose (这表准不准？, 这个水表是
            # 不是坏了): a reported problem put as a question, a complaint (R-CMP-01); not a
            # question about meters in general (水表多久换一次)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=3,
            patterns=(
                r"(这|这个|这块|我家的?|新装?的|换的)(智能)?(水表|电表|气表|燃气表|煤气表|表)(到底)?"
                r"(准不准|是不是不准|不准吧|有问题吧|是不是有问题|是不是坏了|是不是坏的)",
            ),
            note="a meter doubted (这表准不准？): a complaint put as a question (R-CMP-01)",
        ),
        Rule(
            "util.bill-rose",
            # the forty-fifth round: a bill told dearer than before (水费比以前多三十块, 燃气费比
            # 上个月贵了一倍): the charge disputed, sales contract; a complaint also when a
            # question follows (R-CMP-01, R-CMP-02)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=2,
            patterns=(
                r"(水费|电费|燃气费|气费|煤气费|话费|账单|物业费|学费|课时费)[^,。.!?;]{0,8}?"
                r"比(以前|之前|平时|往常|上个月|去年|原来)[^,。.!?;]{0,4}?(多|高|贵|翻)",
            ),
            negations=NEGATIONS,
            note="a bill dearer than before (水费比以前多): sales contract (R-CMP-02)",
        ),
        Rule(
            "util.waited",
            # the forty-fifth round: a time told since the customer's own step (我已经销户一个月
            # 了, 都申请了三周了): a delay reported, so a complaint even beside a question
            # (押金什么时候退？: the labelling guide's question carrying a problem, R-CMP-01)
            kind=C,
            weight=2,
            patterns=(
                r"(已经|都)(销户|退租|注销|退房|退课|退学|退卡|申请|提交|交了|办了|报了|退了)了?"
                r"[^,。.!?;]{0,4}?([一二两三四五六七八九十几半\d]+|好几)(个多?|多个?)?"
                r"(天|周|星期|礼拜|个?月|年)了",
            ),
            note="a time told since the customer's own step (已经销户一个月了): a delay, a "
            "complaint (R-CMP-01)",
        ),
        Rule(
            "util.not-hard",
            # the forty-fifth round: a rhetorical question about a simple duty (一次性说清楚很难
            # 吗, 回个电话有那么难吗): a complaint about how the staff serve (R-CMP-01, R-CMP-02);
            # not a question whether a course or a test is hard (这个考试难吗)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(说清楚|讲清楚|说明白|讲明白|一次性说|一次说|告知|告诉|回复|回个?电话|回电|回个消息|"
                r"回消息|处理一下|通知|提前通知|说一声|讲一声)[^,。.!?;]{0,4}?"
                r"(很|有那么|有这么|就那么|那么|这么|就这么)?难(吗|么|嘛|吧)",
            ),
            note="a rhetorical question about a simple duty (说清楚很难吗): service quality",
        ),
        Rule(
            "util.errands",
            # the forty-fifth round: trips made in vain or forms too many to open or transfer an
            # account (跑了三趟营业厅, 开户太麻烦了): the staff's and the counter's service
            # (R-CMP-02); not 麻烦 "please" (麻烦告诉我需要什么材料) nor a question (手续麻烦吗)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"跑了(好几|几|[二三四五六七八九十两2-9])趟",
                r"(开户|过户|销户|报装|办理|手续|材料|证件|流程|办事|办个)[^。.!?;]{0,20}?"
                r"(太|很|真|好|特别|非常|这么|那么|超级|真的)(麻烦|繁琐)(?![吗么嘛?])",
            ),
            negations=NEGATIONS,
            # (trips made for the customer, thanked; another firm's forms: 不像别家那么麻烦)
            silencers=(r"谢谢|感谢|帮我|帮忙|辛苦|不像|不比|别家|比起",),
            note="errands in vain, forms too many (跑了三趟, 开户太麻烦): service quality",
        ),
        Rule(
            "util.staff-changed",
            # the forty-fifth round: teachers or staff changed again and again (一个学期换了四个
            # 老师, 班主任换来换去): the school's service (R-CMP-02) and a complaint; not a
            # change told in thanks (换了老师以后进步很大: no count, no 又)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=3,
            patterns=(
                r"换了(好几|几|[二三四五六七八九十两2-9\d]+)(个|位|任)(数学|英语|语文|物理|化学|主讲|外教)?"
                r"(老师|班主任|教练|顾问|客服|师傅|管家|医生|辅导员|助教)",
                r"(老师|班主任|教练|顾问|管家|辅导员|助教)(又换了|换来换去|频繁更?换|老是换|总是换|一直换|"
                r"换了又换)",
            ),
            negations=NEGATIONS,
            note="staff changed again and again (换了四个老师): service quality",
        ),
        Rule(
            "util.how-learn",
            # the forty-fifth round: a rhetorical question after a grievance (这样怎么学？, 这样
            # 让孩子怎么上课？): a complaint (the labelling guide's rhetorical questions); not a
            # method asked (这样怎么学比较好？)
            kind=C,
            weight=3,
            patterns=(
                r"(这样|这么|这)(还|让孩子|叫孩子|让我们|让人|孩子)?(怎么|咋)(学|学习|上课|上学|复习|"
                r"跟得上)(啊|呀|呢)?(?=[?!。.]|$)",
            ),
            note="这样怎么学？ after a grievance: a rhetorical question, a complaint (R-CMP-01)",
        ),
        Rule(
            "util.staff-late",
            # the forty-fifth round: a teacher or a worker late for the appointment (老师都迟到了
            # 十几分钟, 师傅迟到了两个小时): how the staff serve (R-CMP-02), not goods delivered
            # late; not a teacher never late (老师从不迟到)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(老师|班主任|教练|顾问|客服|师傅|助教|医生|工作人员|维修工|安检员|抄表员|外教|主讲|"
                r"讲师)[^,。.!?;不没]{0,8}?迟到",
            ),
            negations=(*NEGATIONS, "不", "从来不"),
            overrides=("sc.late",),
            note="a teacher or a worker late (老师迟到了): service quality, no late delivery",
        ),
        Rule(
            "util.refund-slow",
            # the forty-fifth round: a refund that is slow or not yet paid (退费太慢了, 退款拖了
            # 两个月还没到账): how a refund was handled, return/exchange first (the labelling
            # guide), not a contract's late delivery (R-CMP-02)
            category=Category.RETURN_EXCHANGE,
            weight=5,
            patterns=(
                r"(退费|退款|退钱|退学费|退押金|退课费|退的钱|退款申请|退费申请)[^。.!?;]{0,10}?"
                r"(太慢|很慢|好慢|慢死|拖了|拖着|拖到|拖延|迟迟|还没到账|没到账|未到账|还没退|一直没退|"
                r"还没有到账|还没有退)",
            ),
            overrides=("sc.late", "sc.breach"),
            note="a refund slow or not yet paid (退费太慢): return/exchange (R-CMP-02)",
        ),
        Rule(
            "util.topup-missing",
            # the forty-fifth round: a prepaid top-up paid and not credited (充了300块，表里显示
            # 没到账; 充值成功了表里没有气量): a payment failed, sales contract (the labelling
            # guide's finance), no refund asked (R-CMP-02)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(
                r"(充值|充了|充的|缴费|交了|缴了|预付费|购气|购电|买气|买电|买水)[^。.!?;]{0,14}?"
                r"(没到账|未到账|不到账|没有到账|没显示|没有显示|不显示|没有气量|没有气|没气用|没电用|没水用)",
            ),
            # (值了 inside 充值了 praises nothing)
            overrides=("rx.mention", "rx.topic", "pr.general"),
            note="a prepaid top-up not credited: sales contract (R-CMP-02)",
        ),
        Rule(
            "util.rule-unfair",
            # the forty-fifth round: a price rule or a policy called unfair (阶梯水价这个规定很不
            # 合理, 这个收费政策不公平): criticism of the company's policy, no concrete failure
            # (the labelling guide: "这个规定不合理" → proposal_criticism) (R-CMP-02)
            category=Category.PROPOSAL_CRITICISM,
            weight=4,
            patterns=(
                r"(收费|价格|计费|退费)?(规定|政策|制度|收费标准|阶梯[水电气]?价|阶梯收费|规矩|条款)"
                r"[^,。.!?;]{0,6}?"
                r"(很|太|非常|极其|十分|真|真的)?(不合理|不公平|不公道|不人性化|不科学)",
            ),
            # (the price or the policy named inside it is this criticism's subject, no sale's)
            overrides=("sc.breach", "sc.contract", "sc.price"),
            note="a rule or a policy called unfair (这个规定不合理): proposal_criticism",
        ),
        Rule(
            "util.closed-down",
            # the forty-fifth round: a school, a shop or a gym gone with the customers' money
            # (机构跑路了, 健身房倒闭了, 老板卷钱跑了): the contract's services never delivered,
            # sales contract, and a complaint (R-CMP-01, R-CMP-02)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=6,
            patterns=(
                # (one feared, not told: 会不会倒闭, 怕跑路)
                # (no lone 店: 隔壁店倒闭了 is another shop's)
                r"(机构|公司|老板|门店|商家|健身房|培训班|学校|校区|店家|平台|中心|俱乐部)"
                r"[^,。.!?;会怕要不]{0,3}?(跑路|倒闭|卷钱|关门跑|人去楼空)",
            ),
            # (hearsay or another firm's: 听说那家机构倒闭了, 隔壁健身房倒闭了)
            negations=(*NEGATIONS, *SUPPOSED, "担心", "听说", "据说", "是不是", "隔壁", "别家"),
            negations_after=("吗", "么", "嘛", "?"),
            silencers=(r"(听说|据说|听人说)[^,。.!?;]{0,10}?(跑路|倒闭|卷钱)",),
            note="a school or a shop gone with the money (机构跑路): sales contract (R-CMP-02)",
        ),
        Rule(
            "util.report-opener",
            # the forty-fifth round: a polite complaint's opening (想反映一下, 跟你们反映个情况):
            # what follows is a failure reported, not a wish, though the text ends 希望…谢谢
            # (labelling guide: a suggestion reports no failure suffered) (R-CMP-01)
            kind=C,
            weight=3,
            describes_problem=False,
            patterns=(
                r"(想|要|来|特此|在此|向你们|跟你们|和你们|给你们)反映(一下|下|个|一个)?(情况|问题)?",
            ),
            question_frames=(r"(找谁|向谁|跟谁|哪个部门|怎么|如何|在哪|哪里|渠道|电话)",),
            negations=NEGATIONS,
            note="a polite complaint's opening (想反映一下): a complaint (R-CMP-01)",
        ),
        Rule(
            "util.irony-cut",
            # the forty-fifth round: praise exclaimed after a supply cut or a failure to warn
            # (停水也不通知，真是服务周到啊，五星好评): sarcasm, a complaint (labelling guide);
            # the praise words inside it praise nothing
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=6,
            patterns=(
                # (a failure named: a bare 停电 praised for its notice is praise)
                r"(不通知|没通知|没有通知|不提前通知|没贴通知|不打招呼|也不说|都不说|没人说|没人管|没人来|"
                r"打不通)"
                r"[^。.!?;]{0,12}?(服务|态度|效率)?(真是|可真是|真的是|可真|实在是)(服务|态度|效率)?(太)?"
                r"(好|周到|贴心|专业|"
                r"高效|及时|给力|负责|到位)(了|啊|呀|哦|呢)+",
            ),
            negations=NEGATIONS,
            overrides=("pr.general", "pr.service", "pr.scenery"),
            note="praise after an unannounced cut (停水也不通知，真是服务周到啊): sarcasm",
        ),
        Rule(
            "util.must-improve",
            # the forty-fifth round: praise, then a problem closed with a call to put it right
            # (师傅挺好，就是热线打了八次才打通，这个必须改进): a complaint by the labelling
            # guide's rule 2, not praise with a wish (R-CMP-01)
            kind=C,
            weight=4,
            patterns=(
                # (begun after the contrast word, so the complaint after it is stressed)
                r"(?:(?<=就是)|(?<=但是)|(?<=但)|(?<=不过)|(?<=可是)|(?<=只是)|(?<=唯一))"
                r"[^。.!?;]{1,24}?(这个|这点|这一点|这方面|这块|这个问题)"
                r"(必须|一定要|真的要|真得|得|需要|要|应该|务必)(改进|改善|改正|整改|改一改|改改)",
            ),
            note="praise, then a problem and 这个必须改进: a complaint (labelling rule 2)",
        ),
        # ---- game players (R-CMP-01, R-CMP-02, R-CMP-03) --------------------------------------
        # How players of online and mobile games write to a player-support desk (labelling
        # guide, game reviews): paying pressed on them (骗氪, 逼氪), cheaters everywhere (外挂泛滥),
        # a ban they call wrong (误封, 我没开挂凭什么封), a reward, a top-up item or a redeem code
        # that did not arrive or work (活动奖励没发, 兑换码无效), draw rates changed in secret
        # (抽卡概率暗改), lag and servers mocked (460延迟, 土豆服务器, 卡成PPT) and a price
        # called robbery (咋不去抢). A question about such a thing asked before it happens
        # (这游戏逼氪吗？) stays asked about.
        Rule(
            "game.pay-pressure",
            # paying pressed on players (骗氪, 逼氪, 不氪根本玩不下去, 诱导未成年人充值): the
            # game's paying → sales contract (labelling guide: skins, limited events and paying)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(骗|逼|坑|诱导|诱|强迫)氪|氪(金)?(不起|太狠|太重|太严重)",
                r"不(氪|充钱|充值|花钱)(金)?(就|的话|根本|完全|基本)?(玩不|没法玩|打不过|寸步难行|没有体验)",
                r"诱导(未成年人?|小孩|孩子|学生|玩家)?(充值|消费|付费|氪金|充钱)",
            ),
            negations=(*NEGATIONS, "防止", "避免"),
            question_frames=(r"请问|想问|(吗|嘛)(?=[?。.;~]|$)",),
            note="paying pressed on players (骗氪, 逼氪): the game's paying, sales contract",
        ),
        Rule(
            "game.cheaters",
            # cheaters and bots everywhere (外挂泛滥, 全是脚本号, 遇到锁头挂): the game's
            # environment → product quality (labelling guide: toxic players and weak moderation)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                r"(外挂|开挂的?|挂狗|挂逼|脚本号?|科技号)[^,。.!?;]{0,3}?(泛滥|横行|猖獗|满天飞|太多|遍地|成灾|"
                r"一堆|到处都是|特别多|越来越多)",
                r"全是(外挂|挂|挂逼|挂狗|开挂的|脚本)",
                r"(锁头|透视|自瞄|飞天|加速|穿墙)挂",
            ),
            negations=(*NEGATIONS, "防止", "打击", "反", "举报"),
            question_frames=(r"请问|想问|(吗|嘛)(?=[?。.;~]|$)",),
            # (a verdict, not a fault told for the wish beside it: 全是脚本号…建议上人脸验证)
            describes_problem=False,
            note="cheaters or bots everywhere (外挂泛滥): the game's environment, product quality",
        ),
        Rule(
            "game.wrong-ban",
            # a ban the player calls wrong (误封, 无故封号, 莫名其妙被封, 我没开挂凭什么封我):
            # how the operator treats its players → service quality (labelling guide: accounts
            # banned and appeals handled badly); not one to be avoided (怎么防止误封)
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(误封|错封|乱封|无故封|无缘无故(被|就)?封|莫名其妙(地|的)?(被|就)?封|莫名(被|就)?封)",
                r"(没有?|从没|从来没有?|又没|并没有?|根本没)((开|用)过?(外挂|挂|脚本)|作过?弊)"
                r"[^。.!?;]{0,8}?(封|凭什么)",
            ),
            negations=("防止", "避免", "以免", "预防", "如何", "怎么"),
            note="a ban the player calls wrong (误封, 无故封号): the operator's moderation, "
            "service quality",
        ),
        Rule(
            "game.not-received",
            # a reward, a top-up item or compensation that did not arrive (活动奖励没发, 钻石没到账,
            # 麻烦补发奖励) and a redeem code that does not work (兑换码无效): a delivery owed →
            # sales contract (labelling guide: limited events and paying; promises not kept), not a
            # return of goods (rx.mention's 没到账 is a refund's)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(奖励|礼包|钻石|元宝|点券|金币|月卡|皮肤|道具|补偿|福利|十连|抽卡券|首充|返利|签到)"
                r"[^,。.!?;]{0,6}?(没发|没有发|没到账|没有到账|未到账|未发放|没发放|没收到|没有收到|没给|"
                r"不发|没领到|领不到|不到账|没显示|没有显示)",
                r"(请|麻烦|赶紧|快点?|尽快|要求|还不)(给我|帮我)?补发[^,。.!?;]{0,4}?(奖励|礼包|道具|钻石|"
                r"补偿|皮肤|月卡)",
                r"(兑换码|礼包码|激活码|cdk|cdkey|兑换券)[^,。.!?;]{0,6}?(无效|失效|用不了|不能用|没法用|"
                r"兑换失败|不可用|已被使用|被使用|兑换不了|领不了)",
            ),
            negations=("不是", "并非", "如果", "万一", "假如"),
            # (not a refund's 没到账, nor an app's fault in the code's words: 兑换码一直提示无效)
            overrides=("rx.mention", "pq.app"),
            note="a reward, a top-up item or a redeem code not delivered or not working: "
            "sales contract",
        ),
        Rule(
            "game.rates-changed",
            # draw rates said to be changed or faked (抽卡概率暗改, 概率造假, 保底有猫腻): the
            # paid draws → sales contract (labelling guide: probability called faked); a loot
            # drop rate (掉率, 爆率) is the game's own and left to the product rules
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(概率|出货率|抽卡|卡池|保底)[^,。.!?;]{0,4}?(暗改|造假|作假|偷改|偷偷改|被改|暗调|"
                r"动了手脚|有猫腻|是假的)",
                r"暗改(了)?(概率|出货率|爆率|掉率|保底)",
            ),
            negations=(*NEGATIONS, "防止"),
            question_frames=(r"请问|想问|有没有|是不是真的",),
            note="draw rates changed in secret or faked (抽卡概率暗改): sales contract",
        ),
        Rule(
            "game.lag-mocked",
            # lag and servers mocked (460延迟, 卡成PPT, 土豆服务器, 这服务器是土豆做的吗): a
            # rhetorical question or a joke that reports a fault is a complaint (labelling
            # guide: rhetorical questions, sarcasm) → product quality (servers, lag)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=5,
            patterns=(
                r"(?<!\d)[2-9]\d\d(ms|多)?的?(延迟|延时|ping)|(延迟|延时|ping)(值)?(高达|飙到|爆表|几百|[2-9]\d\d)",
                r"卡(成|得像|的像|得跟|的跟)了?(ppt|幻灯片)|(什么叫|体验到了?|秒变|变成了?)(ppt|幻灯片)",
                r"土豆服务器|(服务器|机房)[^,。.!?;]{0,4}?(土豆|纸糊|纸做)",
            ),
            negations=NEGATIONS,
            # (a verdict, not a fault described for a wish to mend: 什么叫PPT，这优化绝了)
            describes_problem=False,
            note="lag or servers mocked (460延迟, 卡成PPT, 土豆服务器): the game, product quality",
        ),
        Rule(
            "kind.robbery-asked",
            # a price called robbery as a rhetorical question (你们咋不去抢呢, 怎么不去抢银行):
            # a verdict on the price → a complaint, sales contract (labelling guide: sarcasm,
            # rhetorical questions)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(r"(咋|怎么|为什么|为啥|干嘛|干吗|何不)不(直接)?去抢",),
            note="a price called robbery (咋不去抢): a complaint about the price",
        ),
        Rule(
            "game.bot-mocked",
            # a support bot mocked (复读机, 人工智障) or a human demanded instead of it (给个真人):
            # the desk's service → a complaint, service quality
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(客服|机器人|ai|智能)[^,。.!?;]{0,6}?(复读机|人工智障)|人工智障(客服|机器人)",
                r"(能不能|可不可以|能否)?(给|换|来|安排)(个|一个)?(真人|活人)(客服)?",
            ),
            negations=NEGATIONS,
            # (a human asked for is no exchange of goods: 能不能换个真人)
            overrides=("rx.topic", "rx.refused"),
            note="a support bot mocked (复读机) or a human demanded: service quality",
        ),
        # ---- hotel guests (the forty-sixth round, R-CMP-01, R-CMP-02, R-CMP-03, R-CMP-07) ----
        # How hotel guests write to a guest-relations desk: a hidden camera or a stranger in
        # the room (privacy and personal safety, R-CMP-07), a fall that hurt (摔倒了，腿都青了),
        # a fitting that fell on a guest, a fault that stayed after a change of room, a
        # promise belied (说好的呢), sarcasm closing a fault (真是开了眼了), a thanks to a
        # member of staff for what they did, a cleaner's handling of the guest's things.
        Rule(
            "hotel.camera",
            # a hidden camera found (针孔摄像头, 偷拍设备, 烟雾报警器里藏着摄像头, a camera
            # pointed at the bed): a threat to the guest's privacy and person, so a complaint
            # with the safety signal (R-CMP-07); not one asked about (有没有针孔摄像头？), denied
            # (没有发现针孔摄像头) or supposed (万一有偷拍怎么办)
            kind=C,
            weight=5,
            signal=Signal.SAFETY,
            patterns=(
                r"针孔(摄像头|摄像机|镜头|相机)|偷拍(设备|装置|镜头|摄像头|工具)?|"
                r"(藏着?|藏有|藏了|隐藏的?|暗藏的?|偷装的?|偷偷装的?)(一个|个)?(摄像头|摄像机|监控|镜头)|"
                r"(摄像头|摄像机|镜头)[^,。.!?;]{0,6}?(对着|正对着?|朝着|对准)(床|浴室|卫生间|淋浴|马桶|浴缸)",
            ),
            negations=(*NEGATIONS, *SUPPOSED, "防止", "防范", "预防", "检测", "排查"),
            negations_after=("吗", "么", "嘛"),
            question_frames=(
                r"有没有|是否|会不会|怎么(检查|发现|识别|查)|如何(检查|发现|识别|查)|吗|么|\?",
            ),
            note="a hidden camera in the room (针孔摄像头, 偷拍): privacy and personal safety, "
            "a complaint, safety (R-CMP-07)",
        ),
        Rule(
            "hotel.intruder",
            # a stranger let into the guest's room or opening its door (陌生人进了我房间, 半夜
            # 有人刷开房门): personal safety (R-CMP-07); not a visit denied (没有人进过房间) or
            # asked about (有人进过我房间吗？), nor the staff come to clean or mend
            kind=C,
            weight=5,
            signal=Signal.SAFETY,
            patterns=(
                r"(陌生人|陌生男人|陌生男子|陌生女人|不认识的人|别的客人|其他客人)[^,。.!?;]{0,6}?"
                r"(进了|进入|进到|闯进|闯入|走进|刷开|打开|开了|推开|拿房卡开)(了)?(我|我们)?的?(房间|房门|屋|门)",
                r"(半夜|深夜|凌晨|夜里|晚上)[^,。.!?;]{0,4}?有人[^,。.!?;]{0,4}?(刷开|打开|开了|推开|闯进|闯入|进了|拧开)"
                r"(了)?(我|我们)?的?(房间|房门|门)",
                r"(房门|房间门|门)(半夜|深夜|凌晨|夜里)?被(陌生人|别人|人)(刷开|打开|推开)",
            ),
            negations=(*NEGATIONS, *SUPPOSED),
            negations_after=("吗", "么", "嘛"),
            question_frames=(r"有没有|是否|会不会|吗|么|\?",),
            note="a stranger entering the guest's room (陌生人进了我房间): personal safety, "
            "a complaint (R-CMP-07)",
        ),
        Rule(
            "hotel.fall-hurt",
            # a fall told with what it did to the body (我摔倒了，腿都青了, 滑倒了，膝盖疼了
            # 好几天): an injury (R-CMP-07; the labelling guide's safety: injury); a fall nearly
            # had (差点摔倒) is the near miss of sig.safety, a fall denied (没摔倒) none
            kind=C,
            weight=4,
            signal=Signal.SAFETY,
            patterns=(
                r"(?<!差点)(?<!差一点)(?<!险些)(?<!没)(?<!没有)(摔倒|滑倒|跌倒|绊倒|摔了一跤|滑了一跤|摔了个?跟头|摔跤)"
                # (the harm itself not denied: 一点都不疼, 没有受伤)
                r"[^。.!?;]{0,12}?(?<![不没未无])(?<!没有)(青了|青紫|发青|淤青|肿了|肿起|扭伤|扭到|崴了|崴到|疼|痛|"
                r"流血|出血|破了|擦破|受伤|伤到)",
                r"(砸|掉)(到|中|在)了?(我|我的|我们|孩子|小孩|老人|客人|人)?的?(头|脑袋|脸|身上|肩膀|脚|手|腿)|"
                r"砸(到|中|伤)了?(我|孩子|小孩|老人|客人)",
            ),
            negations=(*NEGATIONS, *SUPPOSED, "不", "差点", "差一点", "险些", "幸好没", "还好没"),
            window_chars=6,
            question_frames=(r"如果|万一|假如|会不会|怎么办",),
            note="a fall that hurt (摔倒了，腿都青了) or a thing that fell on a person (砸到我头): "
            "an injury, safety (R-CMP-07)",
        ),
        Rule(
            "hotel.facility-harm",
            # a room's fitting that hurt or endangered the guest (天花板掉下来, 浴室地太滑，
            # 没有防滑垫): the room's condition, product quality (the labelling guide's hotels:
            # room and facilities), also when compensation is asked (…受伤了，要求赔偿)
            category=Category.PRODUCT_QUALITY,
            weight=5,
            patterns=(
                r"(天花板|吊顶|灯罩|吊灯|灯具|墙皮|瓷砖|镜子|淋浴|花洒|置物架|浴室门|玻璃门)[^,。.!?;]{0,4}?"
                r"(掉下来|掉了下来|掉下|砸下来|脱落|塌了|塌下来|碎了|爆了|炸了)",
                r"(浴室|卫生间|洗手间|淋浴间|地面|地板|地砖|瓷砖|浴缸)[^,。.!?;]{0,4}?(太|很|特别|非常|好)?滑",
                r"(没有|没|不放|没放|没铺)防滑垫",
            ),
            overrides=("sc.contract", "sc.delivery"),
            note="a room's fitting that hurt or endangered the guest: product quality (R-CMP-03)",
        ),
        Rule(
            "hotel.works-unannounced",
            # works the desk's own house carried out without warning the guest (楼上装修电钻声，
            # 吵得没法睡，你们也不提前说): the room sold was spoilt by noise, product quality
            # (the labelling guide's hotels: noise), not a nuisance between neighbours
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                r"(装修|施工|电钻|打钻|钻墙|砸墙)[^。.!?;]{0,20}?你们[^。.!?;]{0,4}?(不|没|没有)"
                r"(提前|事先|预先)(说|通知|告知|提醒|讲)",
            ),
            note="noise of works not announced by the house: product quality (R-CMP-03)",
        ),
        Rule(
            "hotel.previous-guest",
            # what the previous guest left (浴缸里还有上一个客人的头发, 床上有上一位客人的袜子):
            # a room not cleaned, a complaint about the room (R-CMP-01, R-CMP-03)
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            patterns=(
                r"(上一个?|上一位|上个|前一个?|前一位|之前的?|前面的?)(客人|住客|房客|入住的人|人)"
                r"(留下|用过|剩下|丢下|落下)?的?(头发|毛发|垃圾|烟头|袜子|内裤|内衣|毛巾|牙刷|"
                r"拖鞋|外卖|剩饭|杯子|痕迹|污渍|东西)",
            ),
            note="what the previous guest left in the room: not cleaned, a complaint (R-CMP-01)",
        ),
        Rule(
            "hotel.sarcasm",
            # a fault closed in mock wonder (…真是开了眼了, 呵呵，…): sarcasm, a complaint
            # (the labelling guide's sarcasm), whatever thumbs follow it
            kind=C,
            weight=5,
            patterns=(
                r"(真是|真的是|真|算是|可算是?|让我|让人)?开了眼了|(真是|真的是|算是)长见识了",
            ),
            negations=(*NEGATIONS,),
            note="sarcasm closing a fault (真是开了眼了): a complaint (R-CMP-01)",
        ),
        Rule(
            "hotel.hehe",
            # a text opened with a dry 呵呵 (呵呵，五星级酒店，浴缸里还有头发): sarcasm, a
            # complaint; not a 呵呵 before praise or a reply welcomed (呵呵，挺好的; 呵呵，…客服
            # 就回复我了)
            kind=C,
            weight=4,
            patterns=(r"^呵呵(?!呵*[,。!~\s]*(挺|很|不错|好|谢|哈))",),
            silencers=(
                r"(很快|马上|立刻|及时|迅速|就)[^,。.!?;]{0,4}?(回复|回了|处理了|解决了)|"
                r"满意|好评|点赞|感谢你们|谢谢你们",
            ),
            note="a text opened with a dry 呵呵: sarcasm, a complaint (R-CMP-01)",
        ),
        Rule(
            "hotel.still-after-change",
            # a fault that stayed after the room was changed or the fix made (换了房间还是有,
            # 换了房还是一样吵): a failure the guest suffered, a complaint even when the text
            # ends in advice (建议你们检查一下; the labelling guide's mixed texts, rule 2)
            kind=C,
            weight=6,
            patterns=(
                r"(换了|换过|换到)(一间|个|一个|两次|几次)?(房间|房|间房)[^。.!?;]{0,8}?(还是|依然|仍然|照样|也)"
                r"(有|一样|不行|没用|臭|吵|脏|坏|不)",
            ),
            note="a fault that stayed after a change of room: a complaint (R-CMP-01)",
        ),
        Rule(
            "hotel.promise-belied",
            # a promise recalled against what came (…结果还是普通房，说好的呢): a rhetorical
            # question, a complaint (the labelling guide: rhetorical questions are complaints)
            kind=C,
            weight=5,
            patterns=(r"(说好的|答应的|承诺的|约好的|讲好的)[^,。.!?;]{0,10}?呢(?=[?!。.;~]|$)",),
            overrides=("kind.question-mark", "kind.question"),
            note="a promise recalled as a question (说好的呢): a complaint (R-CMP-01)",
        ),
        Rule(
            "hotel.staff-thanked",
            # thanks to a member of staff for what they did (特别感谢前台的小周，…是她帮我买的
            # 药): praise of the staff, service quality first (the labelling guide: praise of
            # staff or service); not thanks that closes a question or a complaint
            kind=P,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                # (any desk's staff, named after a hotline or a place: 谢谢96777的客服小姐姐，
                # 耐心帮我查了…)
                r"(感谢|谢谢|多谢|感激)[^,。.!?;]{0,10}?(前台|大堂|礼宾|客房|餐厅|保洁|管家|服务员|"
                r"经理|阿姨|师傅|小姐姐|小哥|客服|工作人员|柜员|营业员|话务员|工程师|店员)"
                r"[^。.!?;]{0,16}?(?<![不没别])(帮我|帮我们|给我|给我们|替我|替我们|陪我|送我)",
            ),
            negations=("不", "没", "没有"),
            question_frames=QUESTION_FRAMES,
            note="thanks to a member of staff for what they did: praise, service quality "
            "(R-CMP-01)",
        ),
        Rule(
            "hotel.things-thrown",
            # a cleaner or a waiter who threw away or took the guest's things (保洁阿姨把我的文件
            # 当垃圾扔了): the staff's handling, service quality (the labelling guide's hotels:
            # cleaning staff's behaviour), a complaint
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=5,
            patterns=(
                r"(保洁|阿姨|清洁工|服务员|打扫|收拾)[^,。.!?;]{0,4}?把(我|我们)[^,。.!?;]{0,14}?"
                r"(当垃圾|当成垃圾|扔了|扔掉|丢了|丢掉|收走了?|拿走了?)",
            ),
            negations=(*NEGATIONS,),
            overrides=("kind.complaint", "kind.verdict"),
            note="staff who threw away the guest's things: service quality (R-CMP-03)",
        ),
        # ---- air passengers (R-CMP-01, R-CMP-02, R-CMP-03, R-CMP-07) ----------------------------
        # How passengers (and travellers generally) write to a carrier: checked luggage lost,
        # damaged or late, a seat taken away by overbooking, miles or points not credited, a
        # chosen seat changed — the terms of the carriage, so a complaint of the sales
        # contract (the labelling guide: airline questions and reviews); sarcasm marked as
        # such (（反话）, 呵呵…好评); a named member of staff praised in English.
        Rule(
            "air.baggage",
            # checked luggage lost, damaged, opened or late (行李托运丢了, 行李箱被摔坏了,
            # 行李还没到, 箱子被人翻过): the carrier's handling, the sales contract first
            # (labelling guide: luggage damaged → sales_contract); not a case asked about in
            # general (行李延误怎么办？, 行李丢失怎么赔) nor one's own thing left behind
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(
                r"(行李|托运的?(箱子|包))[^,。.!?;，？！行]{0,6}?(丢了|弄丢|丢失了|遗失了|不见了|"
                r"找不到了|还没找到|没找到|还没到|没有?到|没送到|晚到了|延误了|被摔|摔坏|摔破|"
                r"摔裂|摔烂|被翻|被打开|被撬|被划|破损了|损坏了|被压)",
                r"(行李箱|拉杆箱|旅行箱|箱子)[^,。.!?;，？！]{0,6}?(被摔|摔坏|摔破|摔裂|摔烂|被(人)?翻|"
                r"被打开|被撬|被(暴力)?托运|没(有)?到|丢了|弄丢了)",
                r"(suitcase|luggage|baggage|mybag|ourbags)[^.!?;]{0,12}?(didnotarrive|didn'tarrive|"
                r"didn’tarrive|hasnotarrived|hasn'tarrived|hasn’tarrived|neverarrived|notarrived|"
                r"waslost|werelost|gotlost|ismissing|wasmissing|aremissing|weremissing|"
                r"wasdamaged|weredamaged|gotdamaged|arriveddamaged|arrivedbroken|wasbroken)",
            ),
            negations=(*NEGATIONS, *SUPPOSED),
            # (luggage found again and brought back, 行李丢了，工作人员帮我找回来: the loss
            # made good, which thanks may praise)
            silencers=(
                r"(?<!没)(?<!没有)(?<!未)(?<!还没)(找回来|找回了|找到了|送回来了|送回了|送还)",
            ),
            note="checked luggage lost, damaged, opened or late: the carriage's terms, a "
            "complaint of the sales contract (R-CMP-03)",
        ),
        Rule(
            "air.bumped",
            # a passenger refused boarding or moved off the flight by overbooking (超售被拒载,
            # 不让我上飞机, 说人满了不让我坐, 被拒绝登机): the ticket's terms, the sales contract
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            terms=_w("被超售 拒绝登机 拒绝我登机 被拒载 拒载"),
            patterns=(
                # (overbooking told with what it did, not a practice asked about: 为什么存在
                # 航班超售现象？)
                r"超售[^,。.!?;，？！]{0,6}?(被|拒|不让|改签|没(有)?座|上不了|登不了)",
                r"不让(我|我们)?(登机|上飞机|上机|上车|坐飞机|坐车|乘机)|登不了机|上不了(飞机|车)|"
                r"(人满了|满员了|满座了|没有?座位?了)[^。.!?;]{0,6}?(不让|不给|上不了|登不了)",
            ),
            negations=NEGATIONS,
            question_frames=QUESTION_FRAMES,
            note="boarding refused, a seat sold twice (超售): a complaint of the sales "
            "contract (R-CMP-03)",
        ),
        Rule(
            "air.miles",
            # miles or points not credited (里程一分都没到账, 积分没有累积, 航段没算进去) or a
            # member's level taken away (金卡被降级): a loyalty scheme's terms, the sales
            # contract (labelling guide: loyalty schemes → sales_contract)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(
                r"(里程|积分|航段|定级)[^,。.!?;，？！]{0,6}?(没|未|不)(有|给|能)?(到账|累积|累计|积累|"
                r"加上|入账|补登|补录|计入|算进|算上|记上)",
                r"(会员|金卡|银卡|白金卡|钻石卡)[^,。.!?;，？！卡会]{0,6}?(被)?(降级|降成|降为|降到)",
            ),
            negations=("并未", "不是", "并非"),
            question_frames=QUESTION_FRAMES,
            note="miles or points not credited, a member's level lowered: a complaint of "
            "the sales contract (R-CMP-03)",
        ),
        Rule(
            "air.seat",
            # a seat chosen or booked and then changed (选好的座位被调了, 座位为什么瞎改啊,
            # 被换到最后一排): the booking's terms, the sales contract
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=5,
            patterns=(
                r"座位[^,。.!?;，？！座]{0,4}?(被(调|换|改|取消|占)|瞎改|乱改|乱调|乱换|变更了|改掉了|"
                r"被?换到|被?调到)",
                r"(选好|选的|订好|预选|提前选)[^,。.!?;，？！]{0,6}?(被(调|换|改|取消)|变更了|换到|调到)",
            ),
            negations=NEGATIONS,
            note="a seat chosen and then changed: a complaint of the sales contract (R-CMP-03)",
        ),
        Rule(
            "air.sarcasm",
            # sarcasm marked as such (（反话）, 呵呵…五星好评) or an experience "maxed out" by a
            # harm told right before it (在机场过了一夜，体验拉满): a complaint dressed as
            # praise (labelling guide: sarcasm); 体验感拉满 alone is praise
            kind=C,
            weight=8,
            patterns=(
                r"\(反话\)|\(反讽\)|说反话|"
                r"呵呵[^。.!?;呵]{0,12}?(好评|五星|满分|点赞|谢谢|感谢)|"
                r"(好评|五星|满分|点赞|谢谢你们|感谢你们)[^。.!?;]{0,4}?呵呵",
                r"(过了?一?夜|睡了?一?(夜|晚)|坐到半夜|等到半夜|延误|取消|丢了|坏了|小时)"
                r"[^。.!?;]{0,3}?(体验|服务)感?拉满",
            ),
            overrides=("pr.general",),
            note="sarcasm marked (（反话）, 呵呵…好评) or 体验拉满 after a harm: a complaint",
        ),
        Rule(
            "air.why-general",
            # a why or how question about a general practice, with nothing done to the
            # writer (为什么会有超售这种现象？, 为什么现在飞机没有餐食, 航班延误，怎么开延误证明
            # 信？): a consultation (labelling guide: airline questions, kinds); a question
            # about the writer's own case (为什么我的座位被调了？) names the writer and stays a
            # complaint
            kind=Q,
            category=Category.SALES_CONTRACT,
            weight=6,
            patterns=(
                r"^(请问)?(为什么|为何|为啥)(会|要)?(存在|有|出现)[^我,。.!?;，？！]{0,12}?"
                r"(现象|情况|做法|规定|政策)(呢|啊|呀)?[?？]?$",
                r"^(航班|飞机|行李|托运行李|列车|火车|高铁)[^我,。.!?;，？！]{0,6}?(延误|取消|晚点|丢失|超售)"
                r"[^我,。.!?;，？！]{0,4}[,，](请问)?(按规定)?(应该|要)?(怎么|如何|怎样|去哪|在哪)"
                r"(开|办|申请|打印|领取|计算|算|赔偿|补偿|索赔)[^我,。.!?;，？！]{0,6}?(呢|啊)?[?？]?$",
            ),
            # (the practice named inside the question is asked about, not suffered)
            overrides=("sc.promise", "sc.finance-problem", "kind.question-mark", "kind.how"),
            note="why or how, asked of a general practice with nothing done to the writer: "
            "a consultation",
        ),
        Rule(
            "air.why-onboard",
            # why a service is not offered on board at all (为什么现在飞机没有餐食, 为什么高铁
            # 上不提供热水): a practice asked about, a consultation of what is served on board
            # (labelling guide: on-board service → product_quality)
            kind=Q,
            category=Category.PRODUCT_QUALITY,
            weight=6,
            patterns=(
                r"^(请问)?(为什么|为何|为啥)(现在)?(的)?(飞机|航班|高铁|动车|火车|列车|大巴)上?(都)?"
                r"(没有|不提供|不供应|不发)[^我,。.!?;，？！]{1,6}(了|呢|啊)?[?？]?$",
            ),
            overrides=("sc.promise", "sc.finance-problem", "kind.question-mark", "kind.how"),
            note="why a service is not offered on board: a consultation",
        ),
        Rule(
            "air.praise-en",
            # a named member of staff praised in English (Amy was wonderful, the crew were so
            # helpful, she helped me with my baby): praise of their service (R-CMP-01)
            kind=P,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(was|were)(so|very|really|absolutely|just|extremely)?(wonderful|amazing|"
                r"excellent|fantastic|superb|outstanding|brilliant|lovely|sokind|verykind|"
                r"sohelpful|veryhelpful|extremelyhelpful|incrediblyhelpful)",
                r"(she|he|they)(helped|lookedafter|tookcareof|tookgreatcareof)(me|us|my)",
            ),
            negations=(*NEGATIONS, "never", "n't", "’t"),
            note="staff praised in English (X was wonderful, she helped me): praise",
        ),
        # ---- plain English from customers' messages (R-CMP-01, R-CMP-02)
        # The forty-third round: short English messages to a bank's or a shop's desk (hi, my
        # card was blocked; the app keeps crashing), which the learned layer, trained on
        # Chinese, doesnot read.  Normalised: lower case, no spaces (card was blocked →
        # cardwasblocked); a term counts as a whole word only, a pattern says its own bounds.
        # A question about the problem (how do I unblock my card?) is asked about: a
        # consultation, as in Chinese (the labelling guide).
        Rule(
            "en.blocked",
            # a card or an account blocked, frozen or locked (not one said not to be)
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(card|account|atm|wallet|app)(has|have|had|is|was|were|got|gets|been|still|"
                r"suddenly|just|again){0,3}(?<!not)(?<!n't)(?<!n’t)(?<!never)(blocked|frozen|froze|"
                r"locked|suspended|deactivated|disabled|restricted|swallowed)",
                r"(blocked|froze|frozen|locked|suspended|deactivated|disabled|restricted|swallowed)"
                r"(my|our|the)(bank|debit|credit)?(card|account)",
                r"lockedout(of)?",
            ),
            question_frames=QUESTION_FRAMES,
            note="a card or an account blocked, frozen or locked (my card was blocked)",
        ),
        Rule(
            "en.charged",
            # money taken wrongly: charged twice, a wrong charge, a use without permission
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            terms=_w("overcharged overcharging fraud scam scammed stolen"),
            patterns=(
                r"charged(me|us)?(twice|double|twotimes|again|wrongly|extra|toomuch|fornothing)",
                r"double-?charged|chargedtwice|twocharges|duplicate(charge|payment|transaction)",
                r"wrong(ly)?(charge|charged|amount|fee|deduction|debit)",
                r"(unauthori[sz]ed|fraudulent|unknown|suspicious|strange)(transaction|charge|"
                r"payment|transfer|withdrawal|debit|purchase|use|access|login)",
                r"without(my|our|any)?(permission|consent|authori[sz]ation|knowledge|approval)",
            ),
            negations=_w("not no never isn't wasn't"),
            window_chars=6,
            question_frames=QUESTION_FRAMES,
            note="money taken wrongly (charged twice, without my permission, fraud)",
        ),
        Rule(
            "en.fails",
            # the app or a step that fails: cannot log in, keeps crashing, not working, broken
            kind=C,
            category=Category.PRODUCT_QUALITY,
            weight=4,
            # (crash alone is a word of other things: a crash course)
            terms=_w("crashes crashed crashing glitch glitchy buggy"),
            patterns=(
                # (my broken English is no broken app)
                r"(?<!un)broken(?!english|chinese)",
                r"(app|it|system|website|site|page|phone)(keeps?|always|still)?crash(?!course)",
                r"(can't|can’t|cannot|cant|couldn't|couldn’t|unableto|notableto|failedto)"
                r"(log|sign)(in|on)",
                r"(can't|can’t|cannot|cant|couldn't|couldn’t|unableto|notableto|failedto)"
                r"(withdraw|transfer|pay|access|open|use|register|verify|receive|topup|login|"
                r"signin|connect|update|download|install|load)",
                r"keeps?(crashing|freezing|closing|failing|hanging|loggingmeout|kickingmeout)",
                # (not a person's day off: I'm not working on Friday)
                r"(?<!i'm)(?<!i’m)(?<!iam)(?<!we're)(?<!we’re)(?<!weare)(?<!i)(?<!we)(?<!they)"
                r"(doesn't|doesn’t|doesnot|don't|don’t|didn't|didn’t|isn't|isn’t|isnot|not|"
                r"stopped|won't|won’t)(work|working|load|loading|open|opening)",
                r"(payment|transfer|transaction|login|withdrawal|topup|verification|update)"
                r"(has|was|is|keeps|always)?(failed|failing|declined|rejected)",
            ),
            negations=_w("not no never isn't wasn't"),
            window_chars=6,
            question_frames=QUESTION_FRAMES,
            note="the app or a step that fails (can't log in, keeps crashing, not working)",
        ),
        Rule(
            "en.no-refund",
            # a refund still not made
            kind=C,
            category=Category.RETURN_EXCHANGE,
            weight=4,
            patterns=(
                r"(no|not|never|haven't|haven’t|hasn't|hasn’t|havenot|hasnot|didn't|didn’t|"
                r"didnot|stillno|stillnot|yettoreceive)(yet)?(received|got|gotten|seen|had|been)?"
                r"(a|my|the|any)?refund",
                r"refund[^.!?;]{0,24}?(not|never|nothing|yetto)(been)?(received|arrived|come|"
                r"came|credited|paid|processed|made)",
                r"(stillwaiting|waiting)(for|on)(a|my|the)?refund",
            ),
            question_frames=QUESTION_FRAMES,
            note="a refund still not made (still no refund, haven't received my refund)",
        ),
        Rule(
            "en.no-reply",
            # still waiting; nobody replied or called back
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"stillwaiting|stillhaven't|stillhaven’t|stillhasn't|stillhasn’t|stillno(reply|"
                r"response|answer|news|update)",
                r"(no|noone|nobody|no-one)(has|have|had|ever|even)?(replied|responded|answered|"
                r"called|contacted|gotback|helped|picksup|pickedup)",
                r"(didn't|didn’t|didnot|never|haven't|haven’t|hasn't|hasn’t|hasnot|havenot)"
                r"(get|got|received|receive|had|gotten)?(a|any)?(reply|response|answer|callback)",
                # a wait said long: still, already or been waiting, waited for or over N days
                # (not I waited 2 days and it arrived perfectly)
                r"((still|already|been|am|are|i'm|i’m|we're|we’re)(waited|waiting)(for)?|"
                r"(waited|waiting)for|(waited|waiting)(?=over|morethan|almost|nearly))"
                r"(over|morethan|almost|nearly)?(\d+|an?|two|three|four|five|six|"
                r"several|many)(more)?(hours|days|weeks|months)",
            ),
            question_frames=QUESTION_FRAMES,
            note="still waiting, nobody replied (no one has replied, waited two weeks)",
        ),
        Rule(
            "en.rude",
            # staff who were rude or of no help
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            terms=_w(
                "rude rudely impolite unprofessional disrespectful arrogant unhelpful "
                "incompetent careless"
            ),
            patterns=(r"(hungup|hangsup|shouted|yelled|screamed)(on|at)(me|us|my)",),
            negations=_w("not never wasn't isn't"),
            window_chars=6,
            note="staff who were rude or of no help (the agent was rude, hung up on me)",
        ),
        Rule(
            "en.praise",
            # help or service praised by a quality (great service, very helpful, thank you
            # for your patience); thanks alone stay nothing to handle (the labelling guide)
            kind=P,
            weight=3,
            patterns=(
                r"(great|excellent|amazing|wonderful|fantastic|outstanding|superb|awesome|"
                r"quick|fast|friendly|helpful|patient|kind|professional|efficient)(customer)?"
                r"(service|support|staff|help|job|experience|team)",
                r"(so|very|really|extremely|super|incredibly)(helpful|patient|friendly|kind|"
                r"professional|efficient|polite)",
                r"thank(s|you)[^.!?;]{0,24}?for(your|the|being|such)?(so|very)?(patience|patient|"
                r"quick|fast|great|excellent|kind|kindness|professional|efficient|friendly|"
                r"wonderful|amazing)",
                # goods or a fix that came well (it arrived perfectly, fixed quickly)
                r"(arrived|delivered|came|worked|works|fixed|solved|resolved|repaired)(so|very|"
                r"really)?(perfectly|safely|intact|quickly|fast|early|ontime|flawlessly|beautifully)",
            ),
            negations=_w("not never no"),
            window_chars=6,
            note="help or service praised (great service, very helpful, thanks for your patience)",
        ),
        Rule(
            "en.litotes",
            # praise told by denying a fault (R-CMP-01): not bad (at all), not too bad, can't
            # complain, couldn't be better, no complaints, nothing to complain about: the
            # English of 不错, 没得说, 挑不出毛病, a verdict in favour as pr.not-bad reads
            # 一点也不差; its complaint word counts for nothing (overrides).  Never when a
            # concession follows in its sentence (not bad, but the delivery was late: the
            # fault decides, as 还可以，就是X does), nor when its sentence asks (not bad?,
            # no complaints so far?), nor a wish or a condition (I hope it's not bad), nor a
            # form or a channel that is not there (no complaint form), nor a customer kept
            # from complaining (you can't complain to anyone).  Matched without spaces, as
            # the matching form is.
            kind=P,
            weight=4,
            patterns=(
                # not bad, not bad at all, not too bad, not half bad (not badly: no verdict)
                rf"{_NOT_A_VERDICT_EN}not(too|that|so|half|really)?bad(?!ly|ge|minton|ass|word)"
                rf"{_NOT_YET_EN}{_NO_CONCESSION_EN}",
                # I can't complain, honestly can't complain (not whose complaint is kept from
                # being heard: you can't complain to anyone, can't complain about it online)
                r"(?:^|(?<=[^a-z'’])|(?<=really)|(?<=honestly)|(?<=overall)|"
                r"(?<=seriously)|(?<=truly)|(?<=genuinely)|(?<=and))(i|we)?"
                r"(can['’]?t|cannot|couldn['’]?t|couldnot)complain"
                r"(?!t|s|ed|ing|to|about|any|because|since|online|here|via|through|or|unless)"
                rf"{_NOT_YET_EN}{_NO_CONCESSION_EN}",
                # couldn't be better, could not have been better, couldn't be happier,
                # couldn't ask for more, couldn't have asked for better
                r"(couldn['’]?t|couldnot|can['’]?t|cannot)(have)?(been|be)(any)?(better|happier)"
                rf"(?!than){_NOT_YET_EN}{_NO_CONCESSION_EN}",
                r"(couldn['’]?t|couldnot|can['’]?t|cannot)(have)?ask(ed)?for(a|any|anything)?"
                rf"(more|better){_NOT_YET_EN}{_NO_CONCESSION_EN}",
                # no complaints (at all, here, so far), zero complaints, didn't have any
                # complaints, nothing to complain about: told whole, at a clause's end (not
                # no complaint form, no complaints were handled)
                r"(no|zero|(do|did|have|had)(n['’]?t|not)(have|got)?any)complaints?"
                r"(atall|whatsoever|here|fromme|fromus|frommyside|fromourside)?"
                rf"(?![a-z0-9]){_NOT_YET_EN}{_NO_CONCESSION_EN}",
                rf"nothing(at(all)?)?tocomplain(about)?(?![a-z0-9]){_NOT_YET_EN}{_NO_CONCESSION_EN}",
            ),
            # (its complaint word, and the too bad of not too bad, count for nothing)
            # (a fault told anywhere in the text decides: no complaints so far. My parcel is
            # still missing; not bad at all. The product broke after two days)
            silencers=(_FAULT_EN,),
            overrides=("kind.complaint", "kind.verdict"),
            note="praise by a fault denied (not bad at all, can't complain, couldn't be "
            "better, no complaints); not before a concession (not bad, but …) nor asked",
        ),
        Rule(
            "sig.safety-en",
            # harm told in English (R-CMP-07): someone injured, taken to hospital, poisoned,
            # a device that caught fire or gave a shock; not harm denied earlier in the clause
            # (no one was injured, I didn't go to the hospital), nor a word of another sense
            # (fired from a job, a hospital's car park)
            signal=Signal.SAFETY,
            terms=_w("injury injured injuries poisoned poisoning electrocuted"),
            patterns=(
                # (taken there, not going to visit someone: I went to the hospital to visit)
                r"(went|gone|taken|took(him|her|me|them|us|my[a-z]{0,10})?|rushed|sent|"
                r"admitted|endedup|landed|wasin|werein|beenin|stayedin|spent[a-z0-9]{0,16}in)"
                r"(to|into|in)?(the|a)?(hospital|emergencyroom|a&e|er(?![a-z]))"
                r"(?!to(visit|see|work|pickup|collect)|for(work|acheckup|checkup))",
                r"(caught|on|setonfire|burstinto)(fire|flames)|electricshock|gave(me|him|her|us)?"
                r"a(n)?(electric)?shock|(exploded|blewup)(in|on|while)",
            ),
            negations=_w(
                "no noone nobody not didn't didn’t didnot wasn't wasn’t weren't weren’t never "
                "without whatif incase"
            ),
            window_chars=14,
            # asked about in English (has anyone been injured by this heater?), no harm told
            question_frames=(
                r"^(has|have|had|did|does|do|could|can|will|would|is|are|was|were|might|may|"
                r"should)(anyone|anybody|someone|somebody|this|it|that|there|they)[^.!?;]{0,80}\?",
            ),
            note="harm told in English (injured, taken to hospital, caught fire), not denied",
        ),
        Rule(
            "en.hotel-privacy",
            # the forty-sixth round (R-CMP-07): a hidden camera found or a stranger who came
            # into the guest's room (found a hidden camera, someone entered my room at night):
            # privacy and personal safety, a complaint; not one asked about (is there a hidden
            # camera?, how to find hidden cameras) nor denied (no hidden camera, no one entered)
            kind=C,
            weight=5,
            signal=Signal.SAFETY,
            patterns=(
                r"(hidden|spy|secret|pinhole|concealed|covert)(camera|cam|recordingdevice)",
                r"(someone|somebody|astranger|strangers|stranger|anotherguest|aman|awoman)"
                r"(had|has|just)?(entered|walkedinto|walkedin|cameinto|camein|brokeinto|gotinto|"
                r"opened|unlocked|letthemselvesinto|wasin)(to)?(my|our)(room|door|hotelroom)",
            ),
            negations=_w("no not never without didn't didn’t didnot noone nobody"),
            window_chars=8,
            question_frames=(
                r"^(is|are|do|does|did|could|can|was|were|has|have)(there|you|anyone|someone|the|it)"
                r"[^.!?;]{0,60}\?|howto|howdo|howcan|checkfor|lookfor|whatif|incase",
            ),
            note="a hidden camera or a stranger in the room, in English: personal safety "
            "(R-CMP-07)",
        ),
        Rule(
            "en.fall-hurt",
            # the forty-sixth round (R-CMP-07): a fall told with its harm (I slipped in the
            # bathroom and hurt my back, fell and bruised my knee): an injury; not a fall
            # nearly had (almost slipped) or denied, nor feelings hurt
            kind=C,
            weight=4,
            signal=Signal.SAFETY,
            patterns=(
                r"(slipped|slipping|tripped|tripping|fell|fallen|falling)(over|down)?[^.!?;]{0,40}?"
                r"(hurt|injured|bruised|sprained|twisted|broke|bleeding|bled|cut)(?!(my|his|her|our|"
                r"their|your)?feelings)",
            ),
            negations=_w("almost nearly not never didn't didn’t didnot noone nobody"),
            window_chars=8,
            question_frames=(
                r"whatif|incase|^if|howto|howdo|"
                r"^(has|have|did|does|could|can|will)(anyone|anybody|someone)",
            ),
            note="a fall that hurt, in English: an injury, safety (R-CMP-07)",
        ),
        Rule(
            "en.banned",
            # a player's or a user's account banned, said to be wrong (my account got banned for
            # no reason, I never cheated): the operator's moderation → service quality (labelling
            # guide: accounts banned and appeals handled badly); not a ban denied or asked how to
            # avoid
            kind=C,
            category=Category.SERVICE_QUALITY,
            weight=4,
            patterns=(
                r"(account|i|me|profile|character|id)(has|have|had|is|was|were|got|gets|been|just|"
                r"permanently|wrongly|unfairly|falsely|suddenly|again){0,3}(?<!not)(?<!n't)(?<!n’t)"
                r"(?<!never)(banned|permabanned|permbanned)",
                r"(banned|banning)(me|my(account)?)(fornoreason|fornothing|wrongly|unfairly)",
                r"(wrongly|unfairly|falsely)banned|falseban|bannedfornoreason|bannedfornothing",
                r"inever(cheated|hacked|usedcheats|usedhacks|usedanycheats|usedahack)",
            ),
            negations=_w("not never didn't didn’t didnot avoid avoiding"),
            window_chars=8,
            question_frames=(
                r"^(how|can|will|would|could|does|do|is)[^.!?;]{0,40}(avoid|prevent|notget)",
            ),
            note="an account banned, said to be wrong, in English: moderation, service quality",
        ),
        Rule(
            "en.not-received",
            # a top-up or a purchase paid and never received (never received my top-up, the gems
            # never arrived): a delivery owed → sales contract
            kind=C,
            category=Category.SALES_CONTRACT,
            weight=4,
            patterns=(
                r"(never|didn't|didn’t|didnot|haven't|haven’t|havenot|stillhaven't|stillhaven’t|"
                r"stillhavenot|hasn't|hasn’t|hasnot)(yet)?(received|got|gotten|seen)(my|the|any|our)?"
                r"(top-?up|recharge|purchase|gems|coins|diamonds|credits|items?|pack|bundle|reward|"
                r"rewards|compensation|skin|pass)",
                r"(top-?up|recharge|purchase|gems|coins|diamonds|credits|pack|bundle|rewards?)"
                r"[^.!?;]{0,20}?(never|not|didn't|didn’t|didnot|hasn't|hasn’t|haven't|haven’t)(yet)?"
                r"(been)?(arrived|received|credited|showedup|delivered|came|added)",
            ),
            question_frames=(r"^(how|what|when|where)(do|can|long|will|should)",),
            note="a top-up or a purchase paid and never received, in English: sales contract",
        ),
    )

#: The department suggested for each category (D1 第三条, D10 二 3); read-only: a desk
#: names its own with ``ClassifierPolicy(departments=…)``.
DEFAULT_DEPARTMENTS = MappingProxyType(
    {
        Category.PRODUCT_QUALITY: Department.QUALITY,
        Category.SALES_CONTRACT: Department.SALES,
        Category.REPAIR_QUALITY: Department.AFTER_SALES,
        Category.SERVICE_QUALITY: Department.MARKETING_OFFICE,
        Category.RETURN_EXCHANGE: Department.QUALITY,
        Category.PROPOSAL_CRITICISM: Department.CUSTOMER_RELATIONS,
        Category.OTHER: Department.CUSTOMER_RELATIONS,
    }
)

#: The built-in rules, in priority order (the defaults of
#: :class:`~custops.complaints.classifier.ClassifierPolicy`, whose defaults are the
#: built-in rule set ``DEFAULT_CLASSIFIER_POLICY``).
BUILTIN_RULES: tuple[Rule, ...] = _RULES

#: The ID of the rule that reads a desk's own regulators in a text (:func:`regulator_rule`).
DESK_REGULATOR_RULE = "sig.desk-regulator"


def regulator_rule(words: tuple[str, ...]) -> Rule:
    """The rule that reads ``words`` — a desk's regulators beyond the built-in ones, in
    their matching form — in a text as ``sig.regulator`` reads the built-in bureaus
    (R-CMP-07): a body the customer goes or turns to (向国资委投诉, 去国资委), the body
    then how the customer complained to it or it passed the complaint on (国资委举报,
    国资委转办), a hotline's number as a number of its own (12399, not 123990); denied
    earlier in the clause (我不会去国资委投诉), or only asked about (国资委电话多少), none.
    ``assess_severity`` adds it for the words of ``SeverityPolicy.regulators`` that no
    built-in rule reads, so the text and the forwarder read one list."""
    numbers = [re.escape(w) for w in words if w.isdigit()]
    bodies = [re.escape(w) for w in words if not w.isdigit()]
    patterns = []
    if bodies:
        named = "|".join(bodies)
        patterns += [
            r"(去|到|向|找|给|打给|打到|告到|投诉到|举报到|申诉到|反映到|反映给|报给|上报|联系|上|走)了?"
            rf"(市|省|区|县|当地|国家|中国|中央|省委|市委)?({named})",
            rf"({named})的?(平台|网站|官网|热线)?(投诉|举报|反映|申诉|热线|转办|转来|转交|转送|交办|督办)",
        ]
    if numbers:
        patterns.append(_hotline("|".join(numbers)))
    return Rule(
        DESK_REGULATOR_RULE,
        kind=C,
        weight=2,
        question_frames=_SIGNAL_ASKED,
        signal=Signal.REGULATOR,
        patterns=tuple(patterns),
        negations=_INVOLVEMENT_DENIED,
        window_chars=12,
        not_negations=_INVOLVEMENT_NOT_DENIED,
        note="a desk's own regulator (SeverityPolicy.regulators) gone or turned to (R-CMP-07)",
    )
