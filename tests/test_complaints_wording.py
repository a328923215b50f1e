"""Real customers' wording the rule layer reads (issue 13).

Each group cites the catalogue rule the code cites: the kind of a text (R-CMP-01), its
category (R-CMP-02), a complaint (R-CMP-03) and the severity signals (R-CMP-07).  The
examples are everyday phrasings and analogues of them: each fix is a rule of the language (a
lexicon entry with its boundaries, a negation scope, a question form), not one sentence.
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Category,
    Classification,
    Kind,
    Signal,
    classify,
    normalise,
)
from custops.i18n import language

#: The rules alone, without the learned layer.
RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)

PRAISE = (
    "菜很好吃，服务也热情",
    "东西很好，物流也快",
    "车开着挺舒服",
    "房间干净，前台小姐姐很热情",
    "送餐很快，态度很好",
    "味道不错，分量足",
)
HARM = (
    "就是吃完回家全家上吐下泻",
    "但是吃完拉肚子了",
    "但是快递员把我手划伤了",
    "就是刹车失灵了一次",
    "不过米饭里有根头发",
    "可是孩子被门夹伤了",
    "就是充电宝突然爆炸了",
)


# ---- A1: safety or health harm makes a complaint (R-CMP-03, R-CMP-07) -----------------


@pytest.mark.parametrize("praise", PRAISE)
@pytest.mark.parametrize("harm", HARM)
def test_r_cmp_03_praise_plus_harm_is_a_complaint(praise: str, harm: str) -> None:
    """R-CMP-03: the labelling guide's rule 1, safety harm wins whatever else is said."""
    r = classify(f"{praise}，{harm}")
    assert r.kind is Kind.COMPLAINT
    assert Signal.SAFETY in r.signals
    assert r.kind_rule.startswith("sig.") or r.kind_rule.startswith("pq.")


def test_r_cmp_03_the_reason_says_harm_outweighs_praise() -> None:
    """R-CMP-03: the explanation names the harm and the praise it outweighs."""
    with language("zh_CN"):
        r = classify("车开着挺舒服，就是刹车失灵了一次")
        assert r.kind is Kind.COMPLAINT
        assert r.kind_rule == "sig.safety"
        assert "刹车失灵" in r.reason
        assert "伤害" in r.reason
        assert "舒服" in r.reason
    with language("en_US"):
        r = classify("车开着挺舒服，就是刹车失灵了一次")
        assert "harm to health or safety" in r.reason
        assert "outweighs" in r.reason


def test_r_cmp_07_threats_do_not_decide_the_kind() -> None:
    """R-CMP-07: the guide makes only safety harm decide the kind; a lawyer is a hint."""
    r = classify("东西很好，已经找了律师")
    assert Signal.LEGAL in r.signals
    assert not r.kind_rule.startswith("sig.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PRAISE), st.sampled_from(HARM), st.sampled_from(("，", "。", "！", "")))
def test_r_cmp_03_appending_harm_to_praise_gives_a_complaint(
    praise: str, harm: str, mark: str
) -> None:
    """Invariant: any praise text followed by a reported harm is a complaint."""
    assert classify(praise).kind is Kind.PRAISE
    assert classify(praise + mark + harm).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "没有拉肚子，味道很好",
        "爆炸性价比，味道很好",
        "手机屏幕有点划伤，总体满意",
        "吃出了家的味道，好吃",
    ],
)
def test_r_cmp_07_no_harm_no_forced_complaint(text: str) -> None:
    """R-CMP-07: a negated harm, 爆炸性价比, a scratched screen or 吃出…味道 is no harm."""
    r = classify(text)
    assert Signal.SAFETY not in r.signals
    assert r.kind is not Kind.COMPLAINT


# ---- A9: severity signals on everyday wording (R-CMP-07) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "已经向民航局投诉了",
        "再这样我就去工信部投诉",
        "我要打市长热线",
        "我去信访",
        "已经投诉到市场监督管理局",
        "我要去金融监管局投诉",
        "我向邮政管理局投诉了",
        "找消保委",
        "已经在黑猫投诉发帖了",
        "我要打315",
        "向通信管理局反映",
        "去住建局举报",
        "申请京东介入",
    ],
)
def test_r_cmp_07_regulators(text: str) -> None:
    assert Signal.REGULATOR in classify(text).signals


def test_r_cmp_07_a_date_or_the_gala_is_no_regulator() -> None:
    assert Signal.REGULATOR not in classify("今年315晚会曝光了").signals
    assert Signal.REGULATOR not in classify("订单号2023150099").signals


@pytest.mark.parametrize(
    "text", ["拉面馆在邮政局旁边", "工信部就下文规定了", "发动机报警灯亮了", "派出所对面的店"]
)
def test_r_cmp_07_an_authority_named_in_passing_is_no_signal(text: str) -> None:
    """R-CMP-07: the customer goes or turns to the authority; a place or a rule is none."""
    assert not classify(text).signals & {Signal.REGULATOR, Signal.LEGAL}


@pytest.mark.parametrize("text", ["我们全家都喜欢", "一家人都参加了医保"])
def test_r_cmp_07_a_family_that_likes_it_is_no_collective_complaint(text: str) -> None:
    assert Signal.COLLECTIVE not in classify(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "全家都拉肚子",
        "我们小区十几户都遇到同样的问题",
        "同事们一起点的，五个人都拉肚子",
        "我们一家三口吃完都吐了",
        "好多人都在投诉你们",
        "住户们都没有热水",
    ],
)
def test_r_cmp_07_several_customers(text: str) -> None:
    assert Signal.COLLECTIVE in classify(text).signals


@pytest.mark.parametrize(
    "text", ["手被划破了", "孩子摔伤了", "被门夹伤了", "手被烧伤了", "膝盖磕破了", "牙被硌掉了一块"]
)
def test_r_cmp_07_injuries(text: str) -> None:
    assert Signal.SAFETY in classify(text).signals


@pytest.mark.parametrize(
    "text", ["手机屏幕划伤了", "我的手机被划伤了", "苹果有碰伤", "镜头划伤了", "酒店就在医院旁边"]
)
def test_r_cmp_07_damage_to_goods_or_a_place_is_no_injury(text: str) -> None:
    assert Signal.SAFETY not in classify(text).signals


@pytest.mark.parametrize("text", ["我是律师，想咨询一下合同的问题", "发动机报警灯亮了"])
def test_r_cmp_07_a_lawyer_asking_is_no_legal_threat(text: str) -> None:
    assert Signal.LEGAL not in classify(text).signals


@pytest.mark.parametrize("text", ["我已经找了律师", "只能走法律程序了", "准备起诉你们"])
def test_r_cmp_07_legal(text: str) -> None:
    assert Signal.LEGAL in classify(text).signals


# ---- A11: a harmful product is a product-quality matter (R-CMP-02) --------------------


@pytest.mark.parametrize(
    "text", ["米饭里有根头发", "充电宝充电时突然爆炸，手被烫伤了", "汤里喝出一只苍蝇", "插座漏电了"]
)
def test_r_cmp_02_harmful_goods_are_product_quality(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.PRODUCT_QUALITY
    assert Signal.SAFETY in r.signals


# ---- A4: a matter put right is no repeat complaint (R-CMP-01, R-CMP-07) --------------


@pytest.mark.parametrize(
    "text",
    [
        "上次投诉的问题已经解决了，很满意",
        "之前反映的问题已经处理好了，谢谢",
        "前两天报修的故障终于修好了，师傅很负责",
    ],
)
def test_r_cmp_01_a_resolved_matter_is_praise(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.PRAISE
    assert Signal.REPEAT not in r.signals


@pytest.mark.parametrize(
    "text", ["上次投诉的问题还没解决", "另外两单不是已经解决了吗", "问题已经解决了吗？"]
)
def test_r_cmp_01_an_unresolved_matter_is_not_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


# ---- A5: negation scope (R-CMP-01, R-CMP-03) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一点也不慢，半小时就到了",
        "没有不满意的地方",
        "不算太贵",
        "这件衣服不掉色，洗了好几次",
        "房间不吵，一点也不脏",
        "毛衣不起球",
        "房间一点都没有异味",
        "这台电脑完全没有卡顿",
    ],
)
def test_r_cmp_01_a_denied_fault_is_no_complaint(text: str) -> None:
    """R-CMP-01: the rules read a denied fault as praise (the learned layer may still
    outweigh them)."""
    assert classify(text, policy=RULES_ONLY).kind is Kind.PRAISE
    r = classify(text)
    assert all(e.kind is not Kind.COMPLAINT for e in r.evidence if e.rule_id != "learned")


@pytest.mark.parametrize("text", ["慢不慢？", "会不会掉色", "掉不掉色", "不小心摔了一下"])
def test_r_cmp_01_a_question_or_an_idiom_is_no_denied_fault(text: str) -> None:
    assert "pr.not-bad" not in classify(text).fired


@pytest.mark.parametrize(
    "text", ["我不是要投诉，只是想问一下营业时间", "我不想投诉，就想问下几点关门"]
)
def test_r_cmp_01_not_complaining_then_asking_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION


def test_r_cmp_03_味道也不差_is_no_bad_taste() -> None:
    assert "pq.taste" not in classify("送餐并不慢，味道也不差").fired
    assert "pq.taste" in classify("味道很差").fired


# ---- A6: rhetorical questions and questions about a praise word (R-CMP-01) -----------


@pytest.mark.parametrize(
    "text", ["这也叫五星级？", "这还叫好吃？", "难道我花钱是来受气的吗", "所谓的五星级酒店就这样"]
)
def test_r_cmp_01_rhetorical_questions_are_complaints(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    ["这家店好吃吗", "这个好用吗", "这个头发护理精油好用吗", "这款耳机音质好吗？", "是不是正品啊"],
)
def test_r_cmp_01_a_question_about_a_praise_word_is_no_praise(text: str) -> None:
    r = classify(text)
    assert r.kind is not Kind.PRAISE


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("这家店", "这个", "这款手机", "酒店", "外卖")),
    st.sampled_from(("好吃", "好用", "好看", "舒服", "划算", "满意")),
    st.sampled_from(("吗", "吗？", "吗?", "么")),
)
def test_r_cmp_01_praise_word_asked_about_never_gives_praise(
    subject: str, word: str, mark: str
) -> None:
    """Invariant: X + praise word + question particle is never read as praise."""
    assert classify(subject + word + mark).kind is not Kind.PRAISE


# ---- A7: word boundaries (R-CMP-02) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("我们还是不去了", "kind.again-or-still"),
        ("我最近在减肥，饭量少了", "pq.food"),
        ("心脏不好的人能喝吗", "pq.room"),
        ("钥匙找不到了", "sc.delivery"),
        ("路上遇到了老同学", "sc.delivery"),
        ("我感觉到了温暖", "sc.delivery"),
        ("医生的建议是多喝水，这个保温杯正好", "kind.suggestion"),
        ("客服建议我重启一下", "kind.suggestion"),
        ("我很好奇这是怎么做的", "pr.general"),
    ],
)
def test_r_cmp_02_words_are_not_cut(text: str, rule: str) -> None:
    assert rule not in classify(text).fired


def test_r_cmp_01_how_to_tell_is_a_consultation() -> None:
    assert classify("我想知道假酒怎么辨别").kind is Kind.CONSULTATION


# ---- A8: nothing to handle (R-CMP-01) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "已签收",
        "好的，收到",
        "嗯嗯，知道了",
        "我的手机号是13912315678，麻烦回电",
        "好",
        "6",
        "🙂",
        "1234567890" * 10,
        "。。。",
        "ok",
    ],
)
def test_r_cmp_01_nothing_to_handle(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.NO_ACTION
    assert not any(e.kind is Kind.COMPLAINT for e in r.evidence if e.rule_id != "learned")


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(categories=("Nd", "So", "Po", "Sm", "Zs")), max_size=40))
def test_r_cmp_01_text_without_words_is_nothing_to_handle(text: str) -> None:
    """Invariant: digits, emoji and signs alone never give complaint evidence or kind,
    unless a rule reads them (12315 is the regulator's hotline)."""
    r = classify(text)
    if not r.matched and not re.search(r"[a-z\u3400-\u9fff]", normalise(text)[0]):
        assert r.kind is Kind.NO_ACTION
        assert not any(e.kind is Kind.COMPLAINT for e in r.evidence)


def test_r_cmp_01_a_tie_with_only_praise_evidence_is_praise() -> None:
    r = classify("度假村很美")
    assert r.kind is Kind.PRAISE


def test_r_cmp_01_a_good_mood_is_praise() -> None:
    assert classify("今天提车了，开心").kind is Kind.PRAISE
    assert classify("一点也不开心").kind is Kind.COMPLAINT


# ---- A10: everyday complaint words (R-CMP-02, R-CMP-03) -------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("汤漏了", Category.PRODUCT_QUALITY),
        ("奶茶洒了一袋子", Category.PRODUCT_QUALITY),
        ("虚假宣传", Category.SALES_CONTRACT),
        ("航班延误五个小时", Category.SALES_CONTRACT),
        ("高铁晚点了两个小时", Category.SALES_CONTRACT),
        ("押金一直不退", Category.SALES_CONTRACT),
        ("催单", Category.SALES_CONTRACT),
        ("外卖缺了一个汉堡", Category.SALES_CONTRACT),
        ("莫名其妙给我开通了视频会员", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_03_everyday_complaint_words(text: str, category: Category) -> None:
    r = classify(text, policy=RULES_ONLY)
    assert r.kind is Kind.COMPLAINT
    assert r.matched
    assert category in r.categories


def test_r_cmp_01_a_question_about_delay_insurance_is_a_consultation() -> None:
    assert classify("航班延误险可以赔付吗").kind is Kind.CONSULTATION


def test_r_cmp_02_a_leaking_wine_bottle_stays_a_return_matter() -> None:
    assert "pq.spill" not in classify("瓶盖拧一下就断了，酒还漏出来了").fired


# ---- Misleading explanations (R-CMP-01, R-CMP-03) ------------------------------------


EXPLAINED = (
    "好的，收到",
    "送餐并不慢，味道也不差",
    "饭都凉了，送餐太慢了，太慢了，味道很差",
    "吃完上吐下泻，已经打了12315",
    "房间很干净，但是隔音太差，太差了",
    "这家店好吃吗",
    "度假村很美",
    "不新鲜，不好吃，一点也不新鲜",
    "菜很好吃，服务热情，环境干净，价格实惠，味道不错，就是上菜有点慢",
)


def _printed_additions(r: Classification) -> dict[Kind, int]:
    """What the printed lines add up to for each kind: one line per rule and kind (its
    heaviest match), the further words' additions and the learned layer's."""
    votes: dict[tuple[str, Kind], int] = {}
    for e in r.evidence:
        if e.rule_id != "learned" and e.kind is not None:
            votes[(e.rule_id, e.kind)] = max(votes.get((e.rule_id, e.kind), 0), e.weight)
    total: dict[Kind, int] = dict(r.learned_scores)
    for kind, more in r.word_scores:
        total[kind] = total.get(kind, 0) + more
    for (_rule, kind), weight in votes.items():
        total[kind] = total.get(kind, 0) + weight
    return total


@pytest.mark.parametrize("text", EXPLAINED)
def test_r_cmp_01_explained_votes_add_up_to_the_scores(text: str) -> None:
    """R-CMP-01/03: the rule lines that add (one per rule and kind), the further words'
    additions and the learned layer's are the printed scores."""
    r = classify(text)
    assert _printed_additions(r) == dict(r.kind_scores)


_PIECES = ("很好", "不错", "好吃", "干净", "太慢", "很差", "不新鲜", "隔音差", "请问", "，", "。")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_r_cmp_01_further_words_add_one_each_and_the_lines_add_up(text: str) -> None:
    """R-CMP-01/03, for any mix of praise and complaint words: each kind's further words
    add 1 for each distinct word beyond one per rule, and every addition is printed."""
    r = classify(text)
    for kind, more in r.word_scores:
        words = {e.text for e in r.evidence if e.kind is kind and e.rule_id != "learned"}
        rules = {e.rule_id for e in r.evidence if e.kind is kind and e.rule_id != "learned"}
        assert more == len(words) - len(rules) > 0
    assert _printed_additions(r) == dict(r.kind_scores)
    if r.word_scores:
        assert "further words add" in r.explain()
        with language("zh_CN"):
            assert "更多词语加分" in classify(text).explain()


def test_r_cmp_01_a_repeated_match_is_marked_as_not_added() -> None:
    with language("en_US"):
        text = classify("饭都凉了，送餐太慢了，太慢了").explain()
    assert text.count("not added again") == 1


def test_r_cmp_01_learned_evidence_cites_whole_numbers_and_words() -> None:
    """R-CMP-01: the docs promise evidence widened to whole words: no 「了1」 or 「31」."""
    for text, word in (("退了50块钱", "50块钱"), ("每月扣15块钱", "15块")):
        learned = [e.text for e in classify(text).evidence if e.rule_id == "learned"]
        assert any(word in w for w in learned), learned
        assert all(not w.isdigit() or len(w) >= len(word) for w in learned)


def test_r_cmp_01_learned_evidence_does_not_cut_a_function_word() -> None:
    """R-CMP-01: an n-gram that cuts a word such as 已经 is cited with the whole word
    (「已经打」, not 「经打」): the reader sees the customer's words, not a fragment."""
    learned = [e.text for e in classify("已经打了12345").evidence if e.rule_id == "learned"]
    assert learned
    assert "经打" not in learned
    assert all(not w.startswith("经") for w in learned), learned


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10, max_value=10**9), st.sampled_from(("打了", "扣了", "等了", "")))
def test_r_cmp_01_no_learned_evidence_cuts_a_number(number: int, lead: str) -> None:
    """Invariant: a number in the text is cited whole or not at all."""
    text = f"已经{lead}{number}，太慢了"
    digits = str(number)
    for e in classify(text).evidence:
        if e.rule_id == "learned" and any(c.isdigit() for c in e.text):
            assert digits in e.text


def test_r_cmp_01_plain_差评_is_no_warning_to_others() -> None:
    r = classify("点的麻辣烫，差评")
    assert r.kind is Kind.COMPLAINT
    assert "kind.warning" not in r.fired
    assert "kind.warning" in classify("千万别买，差评").fired


def test_r_cmp_01_str_speaks_one_language() -> None:
    """R-CMP-01: the reason is worded when read (issue 12): str(), the reason and explain()
    speak the language active then, whichever language classify ran in."""
    with language("zh_CN"):
        r = classify("车开着挺舒服，就是刹车失灵了一次")
    with language("en_US"):
        line, account = str(r), r.explain()
        assert r == classify("车开着挺舒服，就是刹车失灵了一次")
    assert "complaint" in line
    assert "harm to health or safety" in line
    assert "投诉" not in line
    assert "scores" in account
    with language("zh_CN"):
        line, account = str(r), r.explain()
    assert "投诉" in line
    assert "complaint" not in line
    assert "scores" not in account


def test_r_cmp_02_a_hotel_complaint_takes_a_hotel_category() -> None:
    """R-CMP-02: 「说会处理，结果没有」 spans two clauses (no finance failure), and
    要求换房 asks for another room, not a goods exchange (issue 13)."""
    text = (
        "这家酒店我是第二次住了，上次住的时候感觉还不错，这次入住体验非常差：前台办理入住等了"
        "四十分钟，房间有烟味，要求换房被告知满房，晚上空调噪音很大，跟前台反映了两次都说会处理，"
        "结果没有任何人来。以后不会再来了。"
    )
    r = classify(text)
    assert "sc.finance-problem" not in r.fired
    assert "rx.demand" not in r.fired
    assert r.category in {Category.SERVICE_QUALITY, Category.PRODUCT_QUALITY}
    assert "sc.finance-problem" in classify("花呗提示额度不足").fired
    assert classify("我要求换货").category is Category.RETURN_EXCHANGE
