"""The built-in rule set: Chinese (and plain English) vocabulary of the seed's complaint policies.

This module is data only.  Rule IDs say what a rule is about: ``kind.*`` rules vote for
a kind (R-CMP-01), ``pq.*`` product quality, ``sc.*`` sales contract (contract, price,
delivery), ``rq.*`` repair quality, ``sq.*`` service quality (attitude, waiting,
negligence), ``rx.*`` return/exchange (D10 二 3.2), ``ot.*`` general topics (category
other), ``sig.*`` severity hints (R-CMP-07).  Within a category, *topic* rules (no kind)
say what the text is about and *problem* rules (kind complaint) that something went
wrong.

Terms and patterns are written in the normalised form the classifier searches
(half-width, lower case, no spaces).

Departments (D1 第三条, D10 二 3): product quality and returns → 质量部 (D10 3.1, 3.2);
service quality → 营销办 (D10 3.3); sales contract → 销售部 (D1 销售经理); repair quality
→ 售后服务部 (D1 服务经理); proposals and everything unrecognised → 客户关系部 (D1: the
customer-relations manager decides the category and the handler).

>>> len(DEFAULT_RULES.rules) > 30
True
>>> DEFAULT_RULES.department_for(Category.RETURN_EXCHANGE)
<Department.QUALITY: 'quality'>
"""

from __future__ import annotations

from custops.complaints.classifier import Rule, RuleSet
from custops.complaints.model import Category, Department, Kind, Signal

__all__ = ["DEFAULT_DEPARTMENTS", "DEFAULT_RULES", "FINE_AFTER", "NEGATIONS"]


def _w(words: str) -> tuple[str, ...]:
    """Space-separated words as a tuple (keeps long vocabularies readable)."""
    return tuple(words.split())


C = Kind.COMPLAINT
Q = Kind.CONSULTATION
S = Kind.SUGGESTION

#: Cues that cancel a problem word standing just after them: 不是质量问题, 没有沉淀.
NEGATIONS = _w("不是 并非 没有 没 无 未 不存在 并不 no not")
#: Cues after a word that say it is fine: 质量没问题, 口感很好.
FINE_AFTER = _w("没问题 没有问题 没毛病 很好 挺好 不错 正常 没事 isfine isok")

_RULES = (
    # ---- kind cues (R-CMP-01) --------------------------------------------------------
    Rule(
        "kind.complaint",
        kind=C,
        weight=4,
        terms=_w(
            "投诉 举报 不满 太差 差劲 离谱 过分 气愤 坑人 欺骗 骗人 说法 赔偿 索赔 "
            "怎么回事 怎么搞的 到底 凭什么 太不 不像话 无语 忍无可忍 什么服务 "
            "岂有此理 受不了 complain terrible unacceptable rude worst"
        ),
        negations=("如何", "怎么", "怎样", "可以", "电话", "渠道"),
        negations_after=("电话", "渠道", "方式", "流程", "热线"),
        note="explicit complaint words",
    ),
    Rule(
        "kind.rhetorical",
        kind=C,
        weight=3,
        patterns=(
            r"(合理|公平|像话|应该|正常|能喝|能用|对吗|对吧)吗?\?!",
            r"(这|这还|这就)(合理|公平|像话|叫)",
            r"!{2,}",
        ),
        note="rhetorical questions and repeated exclamation marks",
    ),
    Rule(
        "kind.question",
        kind=Q,
        weight=3,
        terms=_w(
            "请问 咨询 想问 问一下 问下 打听 请教 了解一下 couldyoutell canyoutell "
            "iwouldliketoknow doyou isthere canitell howdoi howcani howlong whattime"
        ),
        negations=("不是",),
        note="asking for information",
    ),
    Rule(
        "kind.question-mark",
        kind=Q,
        weight=2,
        patterns=(
            r"(吗|么|嘛|呢|没有|不)\?(?!!)",
            r"(能否|是否|可否|能不能|可不可以|可以不|有没有|是不是|要不要|需不需要|多久|多长时间|多少|几点|几年|什么时候|哪里|哪儿|怎么办理|如何办理|找谁)",
        ),
        negations_after=("都", "也"),
        note="question forms",
    ),
    Rule(
        "kind.how",
        kind=Q,
        weight=1,
        terms=_w("怎么 如何 怎样 how what when where"),
        patterns=(r"\?(?!!)",),
        negations_after=("回事", "搞", "还", "能这样", "这么", "一回事", "弄的"),
        note="weak question words",
    ),
    Rule(
        "kind.suggestion",
        kind=S,
        weight=5,
        terms=_w(
            "建议 提个意见 提点意见 提个建议 提点建议 合理化 可以考虑 能否考虑 "
            "能不能考虑 考虑一下 考虑搞 考虑增加 suggest suggestion wouldbenice "
            "itwouldbe pleaseadd"
        ),
        patterns=(
            r"(能不能|能否|可不可以|可否|可以|是否可以|是否能)\S{0,10}"
            r"(增加|增设|开通|推出|提供|设置|安装|优化|改进|改善|多[放安装开设])",
        ),
        negations=("投诉", "不接受", "没有"),
        note="proposals",
    ),
    Rule(
        "kind.wish",
        kind=S,
        weight=2,
        terms=_w("希望 最好 期待 盼望 意见 增设 增加 加几 多放 多安装 优化 改进 改善 hope wish"),
        negations_after=("给个说法", "尽快处理", "尽快解决", "赔偿", "退"),
        note="wishes and improvement words",
    ),
    # ---- return / exchange: D10 二 3.2 (R-CMP-03, R-CMP-10) -----------------------------
    Rule(
        "rx.sediment",
        kind=C,
        category=Category.RETURN_EXCHANGE,
        weight=4,
        terms=_w("沉淀 悬浮物 漂浮物 絮状 浑浊 混浊 杂质 sediment suspended cloudy"),
        negations=NEGATIONS,
        note="sediment or suspended matter: returnable (D10 二 3.2)",
    ),
    Rule(
        "rx.storage",
        kind=C,
        category=Category.RETURN_EXCHANGE,
        weight=4,
        terms=_w(
            "发霉 霉点 长霉 霉变 霉斑 长毛 瓶盖 扭断 渗漏 漏酒 漏出 渗出 漏液 mould "
            "mold leak leaking cap"
        ),
        patterns=(r"漏了\d+瓶", r"瓶口漏", r"盖子(断|坏|拧)"),
        negations=NEGATIONS,
        note="mould, caps, leaks: storage or 15-day rule (D10 二 3.2)",
    ),
    Rule(
        "rx.demand",
        kind=C,
        category=Category.RETURN_EXCHANGE,
        weight=6,
        patterns=(
            r"(要求|我要|申请|给我|给我们|必须|想|要|请|得给)\S{0,2}(退|换)(货|款|钱|掉|车|一|个|新|回)?",
            r"(不给|不予|拒绝|不肯|不让)(退|换)",
            r"(退|换)货\S{0,4}(被拒|没人|一直)",
        ),
        terms=_w("iwantarefund refundme wantarefund"),
        negations=("不是", "不用", "不想", "无需", "需", "能", "可以", "是否"),
        note="a return, exchange or refund asked for or refused",
    ),
    Rule(
        "rx.mention",
        kind=C,
        category=Category.RETURN_EXCHANGE,
        weight=3,
        patterns=(r"(退|换)(货|款|钱|掉|车)", r"退换", r"换(一台|一个|一件|一双|新的)"),
        terms=_w("refund return exchange 退回来 退回 退给"),
        negations=("不是要", "不用", "不想", "无需"),
        note="a return, exchange or refund mentioned",
    ),
    Rule(
        "rx.topic",
        category=Category.RETURN_EXCHANGE,
        weight=2,
        patterns=(r"(能|可以|可不可以|能不能)(退|换)", r"退吗", r"七天无理由", r"7天无理由"),
        note="asking about returns",
    ),
    # ---- product quality: D10 二 3.1 (taste, flavour, packaging) -------------------------
    Rule(
        "pq.taste",
        kind=C,
        category=Category.PRODUCT_QUALITY,
        weight=3,
        terms=_w(
            "怪味 异味 发酸 发苦 苦味 酸味 寡淡 兑水 兑了水 勾兑 哈喇味 霉味 臭味 "
            "变味 串味 塑料味 辣喉 头疼 不对劲 badtaste tastesbad smells sour"
        ),
        patterns=(r"(口感|味道|风味|口味|度数)\S{0,4}(不对|不好|不行|差|变了|不够|太)",),
        negations=NEGATIONS,
        negations_after=FINE_AFTER,
        note="bad taste or flavour (D10 二 3.1)",
    ),
    Rule(
        "pq.taste-topic",
        category=Category.PRODUCT_QUALITY,
        weight=2,
        terms=_w("口感 味道 风味 口味 度数 taste flavour flavor"),
        negations_after=FINE_AFTER,
        note="talks about taste or flavour (D10 二 3.1)",
    ),
    Rule(
        "pq.packaging",
        category=Category.PRODUCT_QUALITY,
        weight=2,
        terms=_w("包装 礼盒 盒子 标签 塑封 内衬 外箱 纸箱 瓶身 印刷 packaging label box"),
        negations=NEGATIONS,
        negations_after=FINE_AFTER,
        note="talks about packaging (D10 二 3.1)",
    ),
    Rule(
        "pq.defect",
        kind=C,
        category=Category.PRODUCT_QUALITY,
        weight=3,
        terms=_w(
            "次品 残次 假货 假酒 劣质 不加热 死机 黑屏 异响 顿挫 色差 裂了 裂开 开裂 "
            "开胶 缩水 发黑 褪色 掉色 起球 跑绒 不保温 受潮 漏气 漏水 不制冷 掉漆 "
            "生锈 变形 没声音 简陋 贴歪 模糊 是烂的 破的 不能用 用不了 故障 破损 碎了 "
            "defective broken faulty"
        ),
        patterns=(
            r"质量(问题|问提|太差|很差|差|不好|不行|太次|有问题|堪忧)",
            r"(用|戴|穿|开)了?(一次|两天|三天|几天|不到)",
        ),
        negations=NEGATIONS,
        negations_after=FINE_AFTER,
        note="defects of goods",
    ),
    Rule(
        "pq.topic",
        category=Category.PRODUCT_QUALITY,
        weight=1,
        terms=_w("质量 颜色 新车 产品 批次 做工 材质 坏了 quality product"),
        negations=NEGATIONS,
        negations_after=FINE_AFTER,
        note="talks about the product",
    ),
    # ---- sales contract: D1 第一条 2 (contract, price, delivery) -------------------------
    Rule(
        "sc.contract",
        category=Category.SALES_CONTRACT,
        weight=2,
        terms=_w(
            "合同 协议 承诺 说好的 说好 约定 定金 订金 发票 促销 赠品 送三年 配置 "
            "上牌 金融服务费 保险 捆绑 陈列费 置换 contract invoice deposit promise"
        ),
        note="contract terms and promises",
    ),
    Rule(
        "sc.price",
        category=Category.SALES_CONTRACT,
        weight=2,
        terms=_w(
            "价格 价钱 多少钱 优惠 折扣 打折 报价 加价 多收 收费 费用 标价 经销价 "
            "调价 贷款 利息 首付 分期 补贴 物业费 结算 小票 付款 付了款 信用卡 price "
            "discount charge paypal"
        ),
        note="prices and payment",
    ),
    Rule(
        "sc.delivery",
        category=Category.SALES_CONTRACT,
        weight=2,
        terms=_w(
            "送货 交货 交车 提车 到货 发货 配送 少送 送到 没送 订单 订货 下单 缺货 "
            "没货 货源 品规 补货 交房 到了 delivery order shipping shipped"
        ),
        negations_after=("员", "司机", "师傅"),
        note="delivery and orders",
    ),
    Rule(
        "sc.breach",
        kind=C,
        category=Category.SALES_CONTRACT,
        weight=3,
        terms=_w(
            "不认账 没兑现 未兑现 不兑现 还没到 还没送 没送到 没发货 还没发货 少送 "
            "多收 乱收费 另外交 加价 强制 欺诈 延期 逾期 不肯退 不公平 没有赠品 "
            "按新价格 没提前通知 开不出来"
        ),
        patterns=(
            r"(和|跟|与)\S{0,10}(不一样|不符|不一致)",
            r"(过了|超过|晚了)\S{0,4}(天|周|个月)",
            r"少(了|送了)?[一二两三四五六七八九十\d]+(条|箱|瓶|件)",
        ),
        note="a broken promise, overcharge or late delivery",
    ),
    # ---- repair quality: D1 第一条 3 -------------------------------------------------------
    Rule(
        "rq.topic",
        category=Category.REPAIR_QUALITY,
        weight=3,
        terms=_w(
            "维修 修理 保养 检修 报修 返修 技师 维修师傅 钣金 喷漆 四轮定位 刹车片 "
            "首保 保修 换电池 换机油 repair maintenance fixed fix"
        ),
        patterns=(r"修(好|了|完|过|不好|一下|吗)", r"没修", r"能修"),
        note="repairs and maintenance",
    ),
    Rule(
        "rq.problem",
        kind=C,
        category=Category.REPAIR_QUALITY,
        weight=2,
        terms=_w(
            "又坏 又亮 又漏 又开始 又不能 还是不 还是有 没修好 修不好 反而 弄坏 修坏 "
            "钻坏 起泡 跑偏 加错 没两天 第二天又"
        ),
        patterns=(r"没\S{0,3}修",),
        note="a repair that did not hold or did damage",
    ),
    # ---- service quality: D10 二 3.3 (attitude, waiting, negligence) ----------------------
    Rule(
        "sq.attitude",
        kind=C,
        category=Category.SERVICE_QUALITY,
        weight=3,
        terms=_w(
            "不耐烦 爱理不理 爱答不理 翻白眼 骂人 大呼小叫 阴阳怪气 说话太冲 说话难听 "
            "恶劣 挂断 就挂了 没人理 没人招呼 冷冰冰 嫌我 推诿 attitude rude impolite"
        ),
        patterns=(r"态[度渡]",),
        negations=("不是",),
        negations_after=FINE_AFTER,
        note="staff attitude",
    ),
    Rule(
        "sq.waiting",
        kind=C,
        category=Category.SERVICE_QUALITY,
        weight=2,
        terms=_w(
            "排队 排了 没人接 占线 联系不上 没人来 不回 没回复 推给 走流程 一直说 "
            "一直没人 没人处理 等太久 再等等 waiting waited"
        ),
        patterns=(r"等了\S{0,4}(分钟|小时|天|下午|上午|半天)", r"\d+分钟都"),
        note="waiting and no answer",
    ),
    Rule(
        "sq.negligence",
        kind=C,
        category=Category.SERVICE_QUALITY,
        weight=2,
        terms=_w(
            "不负责任 没有责任心 没责任心 失职 不干活 玩手机 在聊天 打牌 没来拜访 "
            "没人管 服务太差 服务差 服务很差 扔在门口 一扔 没人通知 不通知 体验太差 "
            "不专业 一问三不知 拍拍屁股"
        ),
        patterns=(r"(?<!管)不管",),
        note="negligence",
    ),
    Rule(
        "sq.staff",
        category=Category.SERVICE_QUALITY,
        weight=1,
        terms=_w(
            "服务 服务员 营业员 店员 保安 客服 前台 管家 业务员 客户经理 区域经理 "
            "服务顾问 销售顾问 导购 收银员 接线员 值班 工作人员 保洁 送货员 司机 "
            "staff service waiter cashier"
        ),
        note="talks about staff or service",
    ),
    # ---- general topics: category other --------------------------------------------------
    Rule(
        "ot.topic",
        category=Category.OTHER,
        weight=2,
        terms=_w(
            "营业时间 几点关门 几点开门 上班吗 营业吗 停车 车位 会员卡 加盟 参观 "
            "许可证 证件 手续 培训 快递柜 邻居 噪音 吵 保质期 纯粮 地址 在吗 "
            "openinghours address parking membership"
        ),
        note="general information and matters outside the categories",
    ),
    # ---- severity hints (R-CMP-07) -------------------------------------------------------
    Rule(
        "sig.safety",
        signal=Signal.SAFETY,
        terms=_w(
            "受伤 伤到 划伤 烫伤 住院 送医 医院 中毒 过敏 拉肚子 腹泻 呕吐 爆炸 起火 "
            "着火 自燃 漏电 触电 刹车失灵 失灵 安全隐患 危险 误食 injury injured "
            "hospital poison fire"
        ),
        negations=NEGATIONS,
        note="injury or a safety hazard",
    ),
    Rule(
        "sig.media",
        signal=Signal.MEDIA,
        terms=_w(
            "媒体 记者 曝光 电视台 报社 微博 抖音 小红书 上热搜 发帖 网上说 media "
            "journalist press twitter"
        ),
        negations=("不会", "不想", "不打算", "没有"),
        note="media involvement",
    ),
    Rule(
        "sig.regulator",
        signal=Signal.REGULATOR,
        terms=_w(
            "12315 12345 消协 消费者协会 市场监管 工商局 工商部门 质监 食药监 烟草局 "
            "监管部门 regulator"
        ),
        negations=("不会", "不想", "不打算", "没有"),
        note="regulator or consumer-association involvement",
    ),
    Rule(
        "sig.legal",
        signal=Signal.LEGAL,
        terms=_w("律师 起诉 法院 诉讼 打官司 仲裁 律师函 lawyer sue lawsuit court"),
        negations=("不会", "不想", "不打算", "没有"),
        note="lawyer or lawsuit",
    ),
    Rule(
        "sig.repeat",
        signal=Signal.REPEAT,
        terms=_w("多次 屡次 反复 好几次 再次投诉 又一次 上次投诉 again"),
        patterns=(r"第[二三四五六七八九十两2-9]次", r"[二三四五六七八九两2-9]次了"),
        note="a repeat complaint",
    ),
    Rule(
        "sig.collective",
        signal=Signal.COLLECTIVE,
        terms=_w("业主们 大家都 集体 联名 很多顾客 其他顾客也 所有业主 全小区 weall"),
        patterns=(r"(我们|好|十)[几\d]*(个|位|户|家)(业主|顾客|客户|人|店)",),
        note="several customers at once",
    ),
    Rule(
        "sig.loss",
        signal=Signal.LOSS,
        patterns=(r"(损失|赔偿|索赔)\S{0,6}\d+(\.\d+)?(万|千)?元?", r"\d+(\.\d+)?万元?"),
        note="a loss or an amount claimed (a hint; the amount itself is Complaint.claimed_loss)",
    ),
)

#: The department suggested for each category (D1 第三条, D10 二 3).
DEFAULT_DEPARTMENTS = {
    Category.PRODUCT_QUALITY: Department.QUALITY,
    Category.SALES_CONTRACT: Department.SALES,
    Category.REPAIR_QUALITY: Department.AFTER_SALES,
    Category.SERVICE_QUALITY: Department.MARKETING_OFFICE,
    Category.RETURN_EXCHANGE: Department.QUALITY,
    Category.PROPOSAL_CRITICISM: Department.CUSTOMER_RELATIONS,
    Category.OTHER: Department.CUSTOMER_RELATIONS,
}

#: The built-in rule set.
DEFAULT_RULES = RuleSet(rules=_RULES, departments=DEFAULT_DEPARTMENTS)
