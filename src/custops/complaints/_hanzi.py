"""Traditional → simplified Chinese, character by character (a small table of our own).

The classifier's vocabulary is written in simplified characters; a text in traditional
characters (``服務態度很差``) is converted before matching, one character for one, so
evidence found in the converted text points at the customer's own words.  The table
covers the characters of everyday complaint, review and service language (about 1,200),
not the whole of Unicode; an unknown character is kept.  Characters whose traditional
form is also a common simplified character with another meaning (著, 乾, 瞭, 藉, 覆) are
left alone: converting them would damage simplified text.  Every other Traditional
character the enumerations' labels fold (``custops._enums``) is here too, so a label word
in a customer's text reads as the label does.

>>> to_simplified("服務態度很差，東西還沒到")
'服务态度很差，东西还没到'
>>> to_simplified("abc 已经很好") == "abc 已经很好"
True

Written Cantonese (Hong Kong customers' reviews and chats) is read as Mandarin for the
classifier, one character for one as well (:data:`CANTONESE`, :func:`from_cantonese`):
its own function words (唔 = 不, 冇 = 没, 咗 = 了, 嘅 = 的, 係 = 是, 點解 = 为何) become the
Mandarin words the rules know, so 入唔到 reads as 入不到 (a step that cannot be done) and
點解冇咗 as 为何没了.  Only characters and words that are not Mandarin are changed.

>>> from_cantonese("點解我個app入唔到？係咪壞咗")
'为何我個app入不到？是否壞了'
"""

from __future__ import annotations

import re

__all__ = [
    "CANTONESE",
    "TABLE",
    "cantonese_words",
    "from_cantonese",
    "regional_words",
    "to_simplified",
]

_TRADITIONAL = (
    "亂亞佈併來係俠倆倉個們偉側偽傑傘備傭傳債傷傾僅僱價儀億儉儘償優兇兌兒內兩冊凍剛劃"
    "劇劉劍劑勁動務勝勞勢勵勸匯區協卻厭厲參叢吳呂員唄問啓啞啟喚喪單嗎嘆嘔嘗嘩噁噴噸嚇"
    "嚐嚨嚮嚴囉囑國圍園圓圖團報場塊塵墊壇壓壞壯壺壽夠夥奧奪奮妳婦媽嬌嬰孫學宮寢實寧審"
    "寫寬寵寶將專尋對導尷屆屍屜屢層屬島嶺巖帥師帳帶幣幫幹幾庫廁廂廈廚廟廠廢廣廳張強彈"
    "彌彎彥後徑從復徵徹恆悅悶惡惱愛態慘慣慮慶慾憂憐憑憤憶懇應懟懲懶懷懸懼戀戰戲戶拋捨"
    "捲掃掙掛採揀揚換揮損搖搗搶摟撈撐撥撫撲撿擁擇擊擋擔據擠擬擰擱擴擷擺擼擾攆攏攔攜攝"
    "攤攪攬敗敘敵數斂斬斷於時晝暈暢暫曄曆曉曬書會東桿條棄棧楊楓業極榮構槍槓樁樂樓標樣"
    "樸樹橋機橫檔檢檯檸櫃櫥櫻欄權歎歐歡歲歷歸殘殯殺殼毀毆氈氣氫汙決沒沖況洩涼淚淨淺減"
    "測湯準溝溫溼滅滯滷滾滿漢漲漸漿潑潔潛潤澀澆濁濃濕濫濱濺濾瀉瀰瀾灑灘灣灤災為烏無煉"
    "煙煩熱燄燈燉燒燙燜營燭燻爐爛爭爲爺爾牀牆牽犢狀狹猶猻獄獅獎獨獲獵獸現瑣環璽甕產甦"
    "畝畢畫異當疇疊痠瘋瘡療癒癟癡癢發皚皺盃盜盞盡監盤盧盪眾睏睜瞞矯硃碩確碼磚磯礎礙礦"
    "礫祇祕禍禦禮稅稟種稱穀積穎穢穩穫窩窪窮窯竅竊競筆筍節範築篤篩簍簡簽籃籌籠籤粵糞糧"
    "糰糾紀約紅紉紋納紐紓純紙級紛紡紮細絀終組結絕絞絡絢給絨統絲綁綏綑經綜綠綢綫維綱網"
    "綻緊緋緒線緝緞締編緩緯練緻縛縣縫縮縱縷總績繃織繞繩繪繫繳繼續纏纔纖纜缽罈罰罵罷羅"
    "羈羋羨義習翬翹翺聖聞聯聰聲聳聶職聽聾肅脅脈脛脫脹腎腦腫腳腸膚膠膩膽膾膿臉臍臘臟臥"
    "臨臺與興舉舊舖艙艤艱艷芻莊莖莢華萊萬葉葷蒼蓆蓋蓮蔔蔥蔭蕩蕭薈薑薦薩藍藝藥藹蘆蘇蘊"
    "蘋蘚蘭蘿處虛虜號虧蛻蜆蝕蝦蝨蝸螞螢蟎蟬蟲蠅蠔蠟蠣蠶衆衊術衚衛衝衹裊裏補裝裡製複褲"
    "襖襪襯覈見規覓視親覬覷覺覽觀觸訂訃計訊訌討訓託記訛訝訟訣訥訪設許訴診註詆詐評詛詞"
    "詠詢試詩詫詭話該詳詼誅誇誌認誕誘語誠誡誣誤誦說誰課誼調諂談請諍諒論諜諦諧諭諮諱諷"
    "諸諺諾謀謁謂謄謅謊謎謗謙講謝謠謬謹譁證譏譖識譚譜譯議譴護譽讀變讒讓讚豈豎豐豔豬貓"
    "貝貞負財貢貧貨販貪貫責貳貴貶買貸費貼貿賀賂賃賄賅資賈賊賑賒賓賞賠賢賣賤賦質賬賭賴"
    "賺賻購賽贅贈贊贍贏贓贛趕趙趨跡踐踴蹌蹟蹤蹺躂躉躊躍軀車軋軌軍軒軟軸軼較載輔輕輛輝"
    "輟輥輩輪輯輸輾轄轆轉轍轎轟辦辭辮辯農迴迺逕這連週進遊運過達違遙遜遝遞遠適遲遷選遺"
    "遼邁還邇邊邏邐郟郵鄉鄭鄰醃醜醞醣醫醬醱釀釁釋釘針釣鈍鈎鈑鈔鈕鈞鈣鈴鉅鉋鉛鉤鉸銀銅"
    "銘銜銬銲銳銷銹銻銼鋁鋇鋒鋪鋸鋼錄錘錢錦錫錮錯錳錶鍊鍋鍍鍛鍥鍵鍾鎂鎊鎔鎖鎮鎳鏈鏟鏡"
    "鏽鐘鐮鐲鐵鑄鑑鑒鑰鑲鑼鑽長門閂閃閉開閑閒間閘閣閥閨閩閱闆闈闊闌闔闕闖關闢陝陣陰陳"
    "陸陽隊階隕際隨險隱隴隸隻雋雖雙雛雜雞離難雲電霧霽靂靈靚靜韃韋韌韓響頁頂項順須頌預"
    "頑頒頓頗領頜頭頰頷頸頹頻顆題額顎顏願顛類顧顫顯顱風颯颱颳颶飄飛飢飩飪飯飲飴飼飽飾"
    "餃餅餉養餌餒餓餘餚餞餡館餵餽餿饃饅饋饑饒饗饞馬馭馮馱馳馴駁駐駕駛駝駭駱騎騙騰騷騾"
    "驅驕驗驚驛驟驢骯髏髒體髮鬆鬍鬚鬢鬥鬧鬱魘魚魯鮑鮮鯉鯨鱉鳥鳳鳴鴉鴨鴻鴿鵝鵬鵲鶯鶴鷹"
    "鸚鹵鹹鹼鹽麗麥麩麪麵麼麽黃點黨黴黷鼉鼴齊齋齒齜齡齣龍龐龜"
    # the eighteenth round: characters of store reviews in traditional characters
    "刪並瀏則蠻産廻簾塗儲緣値査噹嚕禱窺悽慟癮韻艦闡剎憫慚繽嘮淒彆癱瘓緬濟瀝暱瞇嗆墮鯊廝"
    "彙悵惻愴擄擲攙攢斃曖朧殲洶渾湊潰燦燼爍犧綽綿繕繡荊贖撻挾揹搾獃脣砲踫輻詡誑諉諳謔"
    "箇脩卽厤閤衕曏奬傢幷彔録釦執摺朮澱滲眞俬纍紹絶羣証踰埰寀鈡鈅麫"
    # the forty-third round: characters of the real texts' traditional reviews the
    # table missed (別 above all), and two variants written for common characters
    "別娛夾倫妝紗岡凈創剷飆嗇瘍晉癩滄齦夢檳噓憊瞼湧詬峽恥嶄堅慳籮嚀賍廹"
    # the forty-fourth round: 丟 of 弄丟, 搞丟 (a parcel lost)
    "丟"
)
_SIMPLIFIED = (
    "乱亚布并来系侠俩仓个们伟侧伪杰伞备佣传债伤倾仅雇价仪亿俭尽偿优凶兑儿内两册冻刚划"
    "剧刘剑剂劲动务胜劳势励劝汇区协却厌厉参丛吴吕员呗问启哑启唤丧单吗叹呕尝哗恶喷吨吓"
    "尝咙向严啰嘱国围园圆图团报场块尘垫坛压坏壮壶寿够伙奥夺奋你妇妈娇婴孙学宫寝实宁审"
    "写宽宠宝将专寻对导尴届尸屉屡层属岛岭岩帅师账带币帮干几库厕厢厦厨庙厂废广厅张强弹"
    "弥弯彦后径从复征彻恒悦闷恶恼爱态惨惯虑庆欲忧怜凭愤忆恳应怼惩懒怀悬惧恋战戏户抛舍"
    "卷扫挣挂采拣扬换挥损摇捣抢搂捞撑拨抚扑捡拥择击挡担据挤拟拧搁扩撷摆撸扰撵拢拦携摄"
    "摊搅揽败叙敌数敛斩断于时昼晕畅暂晔历晓晒书会东杆条弃栈杨枫业极荣构枪杠桩乐楼标样"
    "朴树桥机横档检台柠柜橱樱栏权叹欧欢岁历归残殡杀壳毁殴毡气氢污决没冲况泄凉泪净浅减"
    "测汤准沟温湿灭滞卤滚满汉涨渐浆泼洁潜润涩浇浊浓湿滥滨溅滤泻弥澜洒滩湾滦灾为乌无炼"
    "烟烦热焰灯炖烧烫焖营烛熏炉烂争为爷尔床墙牵犊状狭犹狲狱狮奖独获猎兽现琐环玺瓮产苏"
    "亩毕画异当畴叠酸疯疮疗愈瘪痴痒发皑皱杯盗盏尽监盘卢荡众困睁瞒矫朱硕确码砖矶础碍矿"
    "砾只秘祸御礼税禀种称谷积颖秽稳获窝洼穷窑窍窃竞笔笋节范筑笃筛篓简签篮筹笼签粤粪粮"
    "团纠纪约红纫纹纳纽纾纯纸级纷纺扎细绌终组结绝绞络绚给绒统丝绑绥捆经综绿绸线维纲网"
    "绽紧绯绪线缉缎缔编缓纬练致缚县缝缩纵缕总绩绷织绕绳绘系缴继续缠才纤缆钵坛罚骂罢罗"
    "羁芈羡义习翚翘翱圣闻联聪声耸聂职听聋肃胁脉胫脱胀肾脑肿脚肠肤胶腻胆脍脓脸脐腊脏卧"
    "临台与兴举旧铺舱舣艰艳刍庄茎荚华莱万叶荤苍席盖莲卜葱荫荡萧荟姜荐萨蓝艺药蔼芦苏蕴"
    "苹藓兰萝处虚虏号亏蜕蚬蚀虾虱蜗蚂萤螨蝉虫蝇蚝蜡蛎蚕众蔑术胡卫冲只袅里补装里制复裤"
    "袄袜衬核见规觅视亲觊觑觉览观触订讣计讯讧讨训托记讹讶讼诀讷访设许诉诊注诋诈评诅词"
    "咏询试诗诧诡话该详诙诛夸志认诞诱语诚诫诬误诵说谁课谊调谄谈请诤谅论谍谛谐谕咨讳讽"
    "诸谚诺谋谒谓誊诌谎谜谤谦讲谢谣谬谨哗证讥谮识谭谱译议谴护誉读变谗让赞岂竖丰艳猪猫"
    "贝贞负财贡贫货贩贪贯责贰贵贬买贷费贴贸贺赂赁贿赅资贾贼赈赊宾赏赔贤卖贱赋质账赌赖"
    "赚赙购赛赘赠赞赡赢赃赣赶赵趋迹践踊跄迹踪跷跶趸踌跃躯车轧轨军轩软轴轶较载辅轻辆辉"
    "辍辊辈轮辑输辗辖辘转辙轿轰办辞辫辩农回乃迳这连周进游运过达违遥逊沓递远适迟迁选遗"
    "辽迈还迩边逻逦郏邮乡郑邻腌丑酝糖医酱酦酿衅释钉针钓钝钩钣钞钮钧钙铃巨刨铅钩铰银铜"
    "铭衔铐焊锐销锈锑锉铝钡锋铺锯钢录锤钱锦锡锢错锰表链锅镀锻锲键钟镁镑熔锁镇镍链铲镜"
    "锈钟镰镯铁铸鉴鉴钥镶锣钻长门闩闪闭开闲闲间闸阁阀闺闽阅板闱阔阑阖阙闯关辟陕阵阴陈"
    "陆阳队阶陨际随险隐陇隶只隽虽双雏杂鸡离难云电雾霁雳灵靓静鞑韦韧韩响页顶项顺须颂预"
    "顽颁顿颇领颌头颊颔颈颓频颗题额颚颜愿颠类顾颤显颅风飒台刮飓飘飞饥饨饪饭饮饴饲饱饰"
    "饺饼饷养饵馁饿余肴饯馅馆喂馈馊馍馒馈饥饶飨馋马驭冯驮驰驯驳驻驾驶驼骇骆骑骗腾骚骡"
    "驱骄验惊驿骤驴肮髅脏体发松胡须鬓斗闹郁魇鱼鲁鲍鲜鲤鲸鳖鸟凤鸣鸦鸭鸿鸽鹅鹏鹊莺鹤鹰"
    "鹦卤咸碱盐丽麦麸面面么么黄点党霉黩鼍鼹齐斋齿龇龄出龙庞龟"
    "删并浏则蛮产回帘涂储缘值查当噜祷窥凄恸瘾韵舰阐刹悯惭缤唠凄别瘫痪缅济沥昵眯呛堕鲨厮"
    "汇怅恻怆掳掷搀攒毙暧胧歼汹浑凑溃灿烬烁牺绰绵缮绣荆赎挞挟背榨呆唇炮碰辐诩诳诿谙谑"
    "个修即历合同向奖家并录录扣执折术淀渗真私累绍绝群证逾采采钟钥面"
    "别娱夹伦妆纱冈净创铲飙啬疡晋癞沧龈梦槟嘘惫睑涌诟峡耻崭坚悭箩咛赃迫"
    "丢"
)

TABLE: dict[int, str] = dict(
    zip(map(ord, "".join(_TRADITIONAL)), "".join(_SIMPLIFIED), strict=True)
)


#: Written Cantonese's own characters, one Mandarin character each (R-CMP-01, the
#: twenty-eighth round): characters Mandarin does not write, or writes only in names.
#: 係 is 是 in Cantonese and 系 in Mandarin's 關係: :func:`from_cantonese` decides it.
CANTONESE: dict[int, str] = dict(
    zip(
        map(ord, "唔冇咗嘅啲乜佢喺畀俾嚟嗰睇搵揾諗攞啱嬲攰瞓哋㗎喎嘞咁噉𨍭"),
        "不没了的些啥他在给给来那看找找想拿对怒累睡们的啊了这这转",
        strict=True,
    )
)
#: Cantonese words that hold a character only Cantonese writes, each one Mandarin word of
#: as many characters (equal lengths keep every position): read wherever they stand,
#: before the characters above are read one by one.  唔該晒 (thanks a lot) is thanks, not
#: 劳驾 with a 晒你们 ("expose you") after it.
_OWN_WORDS = {
    "唔該晒": "谢谢了",
    "多謝晒": "多谢了",
    "唔該": "劳驾",
    "唔使": "不用",
    "唔洗": "不用",
    "唔得": "不行",
    "唔番": "不了",  # 開唔番 (cannot open again): a step that cannot be done
    "唔返": "不了",
    "冇得": "无法",
    "有冇": "是否",
    "係咪": "是否",
    "乜嘢": "什么",
    "咩嘢": "什么",
    "做咩": "干啥",
    "幾時": "何时",  # when, as Mandarin's 几时 is too
}
#: Cantonese words of characters Mandarin writes too, read only in a text that is Cantonese
#: by :data:`_MARKERS` and never where a Mandarin word begins on the second character
#: (這一點解決, 重點樣品, 盤點算錯, 旁邊度過, 從而家長).  Not 宜家 (now, as some write 而家):
#: Mandarin's name for IKEA.
_SHARED_WORDS = {
    "點解": ("为何", "決决釋释鎖锁答剖析"),
    "點樣": ("怎样", "品本板"),
    "點算": ("咋办", "錯错數数"),
    "邊度": ("哪里", "過过假日"),
    "邊個": ("哪个", "人"),
    "邊間": ("哪家", ""),
    "而家": ("现在", "長长庭属屬"),
    "依家": ("现在", ""),
    "琴日": ("昨天", ""),
    "尋日": ("昨天", ""),
    "聽日": ("明天", ""),
    "鍾意": ("喜欢", ""),
}
_WORDS = {**_OWN_WORDS, **{word: mandarin for word, (mandarin, _) in _SHARED_WORDS.items()}}
_CANTONESE_WORDS = re.compile(
    "|".join(_OWN_WORDS)
    # 係 is 是 but in Mandarin's words (關係, 聯係, 維係, 體係, 派係, 世係, 干係, 係數, 係統)
    + r"|(?<![關关聯联維维體体派世干幹])係(?![數数統统])"
    # 咩 asks at the end of a clause (有咁難咩？= 有这么难吗), names "what" elsewhere (有咩分別)
    + r"|咩"
)
_SHARED = re.compile(
    "|".join(f"{w}(?![{after}])" if after else w for w, (_, after) in _SHARED_WORDS.items())
)
#: 左 written for 咗 after a verb (等左一個月, 試左5次, 壞左), not a side (左邊, 向左, 左右,
#: 左键) nor a body part's (左肩, 左膝盖): read only in a text that is Cantonese by
#: :data:`_MARKERS`, as Mandarin writes 左 after a verb too (鼠标左键)
#: one Chinese character (the CJK Unified Ideographs), as a pattern
HAN = r"[\u4e00-\u9fff]"
_ZUO = re.compile(
    r"(?<=" + HAN + r")(?<![向往靠偏朝最在从從一极極])左"
    r"(?![右边邊转轉拐面舷上下前后後侧側手脚腳腿足臂肩胳膝乳腹胸腰脸臉颈頸耳眼肺肾腎心键鍵])"
)
#: Characters only Cantonese writes: a text holding one is Cantonese
_MARKERS = re.compile("[唔冇咗嘅啲佢喺嚟嗰睇哋㗎噉咁乜咩]")
_ASKS = frozenset("?？!！。，,.;；~ \n")


def cantonese_words(text: str) -> str:
    """``text`` with Cantonese's words (:data:`_OWN_WORDS`), 係 (是 unless in a Mandarin
    word), 咩 (吗 at the end of a clause, 啥 elsewhere) and, in a Cantonese text, its words of
    characters Mandarin writes too (:data:`_SHARED_WORDS`) and 左 written for 咗 (了) read as
    Mandarin, one character for one; its single characters (:data:`CANTONESE`) are left to
    the caller's table.

    >>> cantonese_words("有咩分別？有咁難咩？")
    '有啥分別？有咁難吗？'
    >>> cantonese_words("沒關係") == "沒關係"  # Mandarin's 關係 is kept
    True
    """
    if _MARKERS.search(text) is not None:
        text = _ZUO.sub("了", text)
        text = _SHARED.sub(lambda m: _SHARED_WORDS[m.group()][0], text)
    elif "係" not in text and "幾時" not in text and "晒" not in text:
        return text  # a Mandarin text: none of the words below can stand in it
    if _CANTONESE_WORDS.search(text) is None:
        return text

    def word(m: re.Match[str]) -> str:
        found = m.group()
        if found == "係":
            return "是"
        if found == "咩":
            end = m.end()
            return "吗" if end == len(text) or text[end] in _ASKS else "啥"
        return _WORDS[found]

    return _CANTONESE_WORDS.sub(word, text)


def from_cantonese(text: str) -> str:
    """``text`` with written Cantonese read as Mandarin, one character for one: its words
    (:func:`cantonese_words`), then its characters (:data:`CANTONESE`); every other
    character is kept, so the result has the length of ``text``.

    >>> from_cantonese("有咩分別？有咁難咩？")
    '有啥分別？有这難吗？'
    """
    return cantonese_words(text).translate(CANTONESE)


def to_simplified(text: str) -> str:
    """``text`` with every traditional character the table knows made simplified.

    The result has the length of ``text``; every other character is kept.
    """
    return text.translate(TABLE)


#: Words Taiwan and Hong Kong write where Mandarin writes another word of as many
#: characters (訊號 for 信号, 網路 for 网络, 軟體 for 软件), by their simplified form: the
#: character table alone makes 讯号 of 訊號, a word the rules do not know (the forty-third
#: round).  Not 网路 before 由 (互联网路由器: 网 and 路由).
_REGIONAL = {"讯号": "信号", "网路": "网络", "软体": "软件", "硬体": "硬件"}
_REGIONAL_WORDS = re.compile("[訊讯][號号]|[網网]路(?!由)|[軟软][體体]|硬[體体]")


def regional_words(text: str) -> str:
    """``text`` with the words Taiwan and Hong Kong write for a Mandarin word of as many
    characters (:data:`_REGIONAL`) read as the Mandarin word, one character for one.

    >>> regional_words("訊號太差，網路又斷了")
    '信号太差，网络又斷了'
    >>> regional_words("互联网路由器") == "互联网路由器"
    True
    """
    if _REGIONAL_WORDS.search(text) is None:
        return text
    return _REGIONAL_WORDS.sub(lambda m: _REGIONAL[to_simplified(m.group())], text)
