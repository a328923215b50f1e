"""A goods shop's messages: jewellery, watches, glasses, phones (rules ``goods.*``, R-CMP-01,
R-CMP-02, R-CMP-07).

A defect of the goods no general rule knew — a watch that keeps bad time or stops, a stone
lost or loose, a piece bent, opened or discoloured, work done wrong (engraved, printed or
fitted wrong) — is a complaint of product quality (R-CMP-01, R-CMP-02), not nothing to
handle; a certificate or a warranty card missing is the sale's (sales contract), no return
asked; a trade-in (以旧换新) is a service, its 换新 no exchange demanded; plain English
"missing" and "call me back" are read; the consumer council (消委会) and a journalist
contacted are the major-complaint criteria's regulator and media (R-CMP-07).  A defect
denied, feared or asked about, and a repair asked about, is none of these.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Category,
    Complaint,
    Kind,
    Severity,
    Signal,
    assess_severity,
    classify,
    find_matches,
)

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 12, 7, 11, 0, tzinfo=SH)
C, Q = Kind.COMPLAINT, Kind.CONSULTATION
PQ, SC = Category.PRODUCT_QUALITY, Category.SALES_CONTRACT
RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def _fired(text: str) -> set[str]:
    counted, _ = find_matches(text)
    return {e.rule_id for e in counted}


# ---- defects no general rule knew: complaints of product quality (R-CMP-01, R-CMP-02) -----

DEFECTS = (
    ("我的表走不准", "goods.timekeeping"),
    ("新买的手表走快了，一天快了二十秒", "goods.timekeeping"),
    ("腕表每天慢两分钟", "goods.timekeeping"),
    ("机械表戴了一周就停了", "goods.timekeeping"),
    ("挂钟不走了", "goods.timekeeping"),
    ("My new watch runs slow", "goods.timekeeping"),
    ("戒指上掉了一颗钻", "goods.stone"),
    ("耳钉的珍珠掉了", "goods.stone"),
    ("主石有点松动，一晃就响", "goods.stone"),
    ("爪子松了，宝石快掉出来了", "goods.stone"),
    ("A stone fell out of my ring", "goods.stone"),
    ("金手镯开口了", "goods.shape"),
    ("眼镜的镜腿断了", "goods.shape"),
    ("才戴两个月，婚戒有点变形了", "goods.shape"),
    ("银镯子发乌了", "goods.shape"),
    ("镀金的耳环掉金了", "goods.finish"),
    ("玫瑰金表面掉了一块", "goods.finish"),
    ("The gold plating came off in a week", "goods.finish"),
    ("刻字刻错了，把日期刻成了去年", "goods.wrong-work"),
    ("名字刻错了一个字", "goods.wrong-work"),
    ("定制的T恤印错了", "goods.wrong-work"),
    ("眼镜度数配错了，戴着头晕", "goods.wrong-work"),
    ("店员把我的名字写错了", "goods.wrong-work"),
    ("You engraved the wrong name on the bracelet", "goods.wrong-work"),
)


@pytest.mark.parametrize(("text", "rule_id"), DEFECTS)
def test_r_cmp_01_r_cmp_02_a_goods_defect_is_a_complaint_of_product_quality(
    text: str, rule_id: str
) -> None:
    for policy in (None, RULES_ONLY):
        r = classify(text, policy=policy)
        assert (r.kind, r.category) == (C, PQ), r.explain()
        assert r.matched
        assert r.confidence > 0
    assert rule_id in _fired(text)


def test_r_cmp_01_the_users_defects_are_no_longer_nothing_to_handle() -> None:
    for text in (
        "表走不准",
        "手表走快了，每天快十秒",
        "表停了",
        "吊坠掉钻了",
        "镶的钻石松了，晃来晃去",
    ):
        r = classify(text)
        assert (r.kind, r.category, r.quiet) == (C, PQ, False), r.explain()
    urgent = classify("刻字刻错了名字，婚礼下周就要用，急！")
    assert (urgent.kind, urgent.category, urgent.kind_rule) == (C, PQ, "goods.wrong-work")


NEAR_MISSES = (
    "这块表走得很准",
    "镯子戴了三年都不变形",
    "钻石镶得很牢，没有松动",
    "刻字很漂亮，谢谢师傅",
    "我们今天不走了",
    "这个报表做得很清楚",
    "会不会掉钻？",
    "银饰怎么保养才不会发黑",
    "The watch keeps perfect time",
)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_r_cmp_01_a_defect_denied_feared_or_absent_fires_no_goods_rule(text: str) -> None:
    assert not {rid for rid in _fired(text) if rid.startswith("goods.")}, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("镯子戴了三年都不变形", Kind.PRAISE),
        ("刻字很漂亮，谢谢师傅", Kind.PRAISE),
        ("The watch keeps perfect time", Kind.PRAISE),
        ("会不会掉钻？", Q),
        ("银饰怎么保养才不会发黑", Q),
    ],
)
def test_r_cmp_01_a_defect_denied_or_feared_keeps_its_own_kind(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind


@pytest.mark.parametrize(
    "text",
    ["金项链断了能在你们店修吗？大概多久能修好", "表停了，换电池多少钱？", "手表不走了，能修吗？"],
)
def test_r_cmp_01_a_repair_asked_about_is_a_consultation(text: str) -> None:
    r = classify(text)
    assert r.kind is Q, r.explain()
    defects = {e.rule_id for e in r.evidence if e.rule_id.startswith("goods.")}
    assert defects <= {"goods.repair-asked"}


def test_r_cmp_01_a_fault_with_what_will_you_do_is_a_complaint() -> None:
    r = classify("吊坠掉钻了，才买三个月，保修卡也在，你们怎么处理")
    assert (r.kind, r.category) == (C, PQ), r.explain()
    assert "goods.how-handle" in set(r.fired)
    assert classify("请问你们怎么处理退货").kind is Q


# ---- papers, trade-in: the sale's (R-CMP-02) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "证书没给",
        "买的金条没有附鉴定证书",
        "鑽石沒有鑑定證書，店員話遲啲補，到而家都未收到",
        "保修卡一直没补给我",
    ],
)
def test_r_cmp_02_a_missing_certificate_is_a_sales_contract_complaint(text: str) -> None:
    r = classify(text)
    assert (r.kind, r.category) == (C, SC), r.explain()
    assert Category.RETURN_EXCHANGE not in r.categories


@pytest.mark.parametrize("text", ["证书在哪里领?", "保修卡丢了还能保修吗？", "社保卡丢了怎么补办"])
def test_r_cmp_01_papers_asked_about_are_no_complaint(text: str) -> None:
    r = classify(text)
    assert r.kind is Q, r.explain()


def test_r_cmp_01_a_trade_in_is_a_service_not_an_exchange_demanded() -> None:
    for text in ("以旧换新要收多少工费？旧金按什么价回收？", "以旧换新要收多少工费？"):
        r = classify(text)
        assert (r.kind, r.category) == (Q, SC), r.explain()
        assert not {e.rule_id for e in r.evidence if e.rule_id.startswith("rx.")}
    # an exchange demanded beside it still is one
    assert classify("表又停了，我要换新的").kind is C


# ---- English (R-CMP-01) --------------------------------------------------------------------


def test_r_cmp_01_an_english_missing_card_with_a_call_back_is_a_complaint() -> None:
    r = classify("Please call me back about my Omega warranty card, it's missing from the box")
    assert (r.kind, r.category) == (C, SC), r.explain()
    assert {"goods.papers", "goods.call-back"} <= set(r.fired)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Please call me back", Q),
        ("Two of the screws are missing", C),
        ("You sent me the wrong size", C),
        ("Nothing is missing, thanks", Kind.NO_ACTION),
    ],
)
def test_r_cmp_01_english_call_back_missing_and_wrong(text: str, kind: Kind) -> None:
    assert classify(text, policy=RULES_ONLY).kind is kind or (
        kind is Kind.NO_ACTION and classify(text).kind is not C
    )


# ---- R-CMP-07: the consumer council and a journalist contacted -----------------------------


def _severity(text: str) -> tuple[Severity, frozenset[Signal]]:
    assessed = assess_severity(
        Complaint(received_at=T0, channel="电话", content=text, complainant="陈小姐")
    )
    return assessed.severity, frozenset(assessed.criteria)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("鉴定证书上的克重和实物不符，我要去消委会投诉", Signal.REGULATOR),
        ("我會去消委會投訴", Signal.REGULATOR),
        ("已经向深圳市消费者委员会投诉了", Signal.REGULATOR),
        ("我已经联系了南方都市报记者", Signal.MEDIA),
        ("找了报社，看你们怎么说", Signal.MEDIA),
        ("再不处理我就上电视", Signal.MEDIA),
        ("I contacted a local journalist about this", Signal.MEDIA),
    ],
)
def test_r_cmp_07_consumer_council_and_journalist_make_a_major_complaint(
    text: str, signal: Signal
) -> None:
    severity, criteria = _severity(text)
    assert severity is Severity.MAJOR
    assert signal in criteria
    assert classify(text).kind is C


@pytest.mark.parametrize("text", ["记者节快乐", "我不会去消委会的，放心", "电视上看到你们的广告"])
def test_r_cmp_07_press_and_council_named_in_passing_are_no_criterion(text: str) -> None:
    severity, criteria = _severity(text)
    assert severity is Severity.GENERAL, text
    assert not criteria & {Signal.MEDIA, Signal.REGULATOR}


def test_r_cmp_07_the_councils_number_asked_is_a_question() -> None:
    assert classify("消委会的电话是多少？").kind is Q


# ---- words inside longer words, praise, the buyer's own slip (R-CMP-01, R-CMP-07) ------------


@pytest.mark.parametrize(
    "text",
    [
        "请问前台的热线电话是多少？",
        "请问客服台的热线是多少",
        "我们家孩子已经上电视了，感谢老师们的培养",
    ],
)
def test_r_cmp_07_a_desk_a_question_or_a_child_on_tv_is_no_media(text: str) -> None:
    severity, criteria = _severity(text)
    assert severity is Severity.GENERAL, text
    assert Signal.MEDIA not in classify(text).signals
    assert Signal.MEDIA not in criteria


def test_r_cmp_07_a_platforms_hotline_is_no_press_but_a_stations_is() -> None:
    assert Signal.MEDIA not in classify("我已经联系了平台的热线，还是没人处理").signals
    assert classify("我已经联系了平台的热线，还是没人处理").kind is C
    assert _severity("我找了电视台的栏目组")[0] is Severity.MAJOR
    assert _severity("我要上电视曝光你们")[0] is Severity.MAJOR
    assert classify("我们家孩子已经上电视了，感谢老师们的培养").kind is not C


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("你们怎么处理得这么快，太感谢了", "goods.how-handle"),
        ("I got the wrong impression at first, but the staff were lovely.", "goods.english"),
        ("I picked the wrong one, my mistake, can I exchange it?", "goods.english"),
        ("我做错了什么吗", "goods.wrong-work"),
        ("刚才你们打错电话了，没关系", "goods.wrong-work"),
        ("雨下了十分钟就停了，我们就出发了", "goods.timekeeping"),
        ("等了半个钟头，车停了又开", "goods.timekeeping"),
        ("点的凤爪没了，只送来米饭", "goods.stone"),
        ("工地上掉石头下来砸到我的车", "goods.stone"),
        ("楼上掉石灰下来", "goods.stone"),
        ("我的蓝钻没了", "goods.stone"),
        ("我的眼镜镜片起雾怎么办？", "goods.shape"),
    ],
)
def test_r_cmp_01_a_goods_word_inside_another_or_praise_fires_no_goods_rule(
    text: str, rule_id: str
) -> None:
    assert rule_id not in _fired(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("你们怎么处理得这么快，太感谢了", None),
        ("I got the wrong impression at first, but the staff were lovely.", Kind.PRAISE),
        ("I picked the wrong one, my mistake, can I exchange it?", Q),
        ("我做错了什么吗", Q),
        ("雨下了十分钟就停了，我们就出发了", None),
        ("楼上掉石灰下来", None),
        ("我的眼镜镜片起雾怎么办？", Q),
    ],
)
def test_r_cmp_01_near_misses_are_no_complaint(text: str, kind: Kind | None) -> None:
    r = classify(text)
    assert r.kind is not C, r.explain()
    if kind is not None:
        assert r.kind is kind, r.explain()


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("镶爪松了，钻石掉了", "goods.stone"),
        ("钻石掉了", "goods.stone"),
        ("表镜起雾了", "goods.shape"),
        ("手表进水了", "goods.shape"),
        ("挂钟停了", "goods.timekeeping"),
        ("I received the wrong ring", "goods.english"),
    ],
)
def test_r_cmp_01_the_goods_words_still_read_their_defects(text: str, rule_id: str) -> None:
    assert rule_id in _fired(text)
    assert classify(text).kind is C


def test_r_cmp_02_hair_falling_in_clumps_is_no_wrong_item_sent() -> None:
    r = classify("用了这个洗发水，头发成把成把地掉")
    assert "sc.missing" not in _fired("用了这个洗发水，头发成把成把地掉")
    assert r.category is not SC
    assert "sc.missing" in _fired("送成了菠萝")


# ---- a return demanded keeps its category; a repair asked; a call back promised -----------


@pytest.mark.parametrize(
    "text",
    [
        "吊坠掉钻了，我要退货",
        "手表走不准，我要退货",
        "刻字刻错了，要求退款",
        "手表每天慢五分钟，要求换一块新的",
    ],
)
def test_r_cmp_02_a_defect_with_a_return_demanded_is_return_exchange(text: str) -> None:
    for policy in (None, RULES_ONLY):
        r = classify(text, policy=policy)
        assert (r.kind, r.category) == (C, Category.RETURN_EXCHANGE), r.explain()


def test_r_cmp_02_a_defect_without_a_return_stays_product_quality() -> None:
    assert classify("吊坠掉钻了，你们怎么处理").category is PQ


def test_r_cmp_01_a_repair_asked_silences_the_general_defect_rule() -> None:
    r = classify("项链断了能在你们店修吗？")
    assert r.kind is Q, r.explain()
    assert "pq.defect" not in _fired("项链断了能在你们店修吗？")
    # told without the question, the break is a complaint
    assert classify("项链断了").kind is C


def test_r_cmp_01_a_call_back_promised_and_never_made_is_a_complaint() -> None:
    r = classify("You said you would call me back yesterday and nobody did.")
    assert r.kind is C, r.explain()
    assert "goods.call-back-missed" in set(r.fired)
    assert classify("You said you would call me back, thanks", policy=RULES_ONLY).kind is not C


# ---- properties ----------------------------------------------------------------------------

#: a part and a fault it can have (a stone comes loose, a bangle opens, a watch stops)
_DEFECTS = (
    *((p, f) for p in ("钻石", "宝石", "主石", "珍珠") for f in ("松了", "松动", "脱落", "掉了")),
    *((p, f) for p in ("镯子", "戒指", "项链", "表带", "镜腿") for f in ("断了", "变形", "开口了")),
    *((p, f) for p in ("手表", "挂钟", "闹钟") for f in ("停了", "不走了", "走慢了")),
)
_DENIALS = ("没有", "不会", "并不", "从不", "没")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_DEFECTS), st.sampled_from(_DENIALS))
def test_r_cmp_01_a_denied_goods_defect_never_makes_a_complaint_by_a_goods_rule(
    defect: tuple[str, str], denial: str
) -> None:
    # 镯子没有变形 / 手表不会停了: a fault denied fires no goods.* rule
    part, fault = defect
    text = f"{part}{denial}{fault}"
    assert not {rid for rid in _fired(text) if rid.startswith("goods.")}, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_DEFECTS), st.sampled_from(("", "我的", "新买的")))
def test_r_cmp_01_a_goods_part_with_its_fault_is_never_nothing_to_handle(
    defect: tuple[str, str], prefix: str
) -> None:
    part, fault = defect
    r = classify(f"{prefix}{part}{fault}", policy=RULES_ONLY)
    assert r.kind is C, r.explain()
    assert r.matched
