"""The forty-third round's engine: transcripts read by the customer's turns only, texts
in another language than Chinese read by the rules only, plain English complaint and
praise rules, and Traditional spellings (R-CMP-01, R-CMP-02, R-CMP-07)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custops.complaints import Kind, Signal, classify, classify_many
from custops.complaints._hanzi import regional_words, to_simplified
from custops.complaints._rules import normalise
from custops.i18n import language

# ---- transcripts (R-CMP-01: the customer's communication; R-CMP-07: the customer's threat)

CONSULTATION = (
    "客服：您好，这里是客服中心。\n"
    "客户：我想问一下流量包怎么退订。\n"
    "坐席：您可以在营业厅办理。如对处理结果不满意，您也可以拨打12300进行申诉。\n"
    "客户：明白了，谢谢。"
)
OUTAGE = (
    "客服：您好，请讲。\n"
    "客户：家里的宽带又断了，已经两天了。\n"
    "客服：非常抱歉，师傅服务很专业，请您放心，马上安排。\n"
    "客户：好吧。"
)


def test_the_agents_script_about_the_regulator_is_no_threat_of_the_customers() -> None:
    """R-CMP-07: the regulator criterion is the customer's going to the regulator."""
    r = classify(CONSULTATION)
    assert r.kind is Kind.CONSULTATION
    assert Signal.REGULATOR not in r.signals
    assert r.agent_turn_count == 2


def test_the_agents_reassurance_is_no_praise_of_the_customers() -> None:
    """R-CMP-01: an outage told in a transcript stays a complaint."""
    r = classify(OUTAGE)
    assert r.kind is Kind.COMPLAINT
    assert all(e.kind is not Kind.PRAISE for e in r.evidence)


def test_evidence_spans_point_into_the_whole_transcript() -> None:
    r = classify(OUTAGE)
    assert r.evidence
    for e in r.evidence:
        assert OUTAGE[e.span[0] : e.span[1]] == e.text
        # every piece stands in a customer's line
        line_start = OUTAGE.rfind("\n", 0, e.span[0]) + 1
        assert OUTAGE.startswith("客户：", line_start)
    assert r.text == OUTAGE


def test_explain_says_the_agents_turns_were_not_read() -> None:
    r = classify(OUTAGE)
    with language("zh_CN"):
        assert "对话记录：只读客户的话，坐席的 2 句未读" in r.explain().splitlines()
    with language("en_US"):
        assert "transcript: only the customer's turns are read; 2 turns of the agent's are not" in (
            r.explain()
        )


def test_a_transcript_of_the_agents_turns_only_goes_to_a_person() -> None:
    """R-CMP-01: nothing of the customer's to read is no decision: quiet, confidence 0."""
    r = classify("坐席：您好，请问有什么可以帮您？\n坐席：如对结果不满意，可拨打12300申诉。")
    assert (r.kind, r.confidence, r.quiet, r.matched, r.agent_turn_count) == (
        Kind.NO_ACTION,
        0.0,
        True,
        False,
        2,
    )
    assert not r.signals
    with language("zh_CN"):
        assert "对话记录中没有客户说的话" in r.reason


def test_one_line_addressed_to_the_desk_is_read_whole() -> None:
    """A customer may open a letter with 客服：; one such line is no transcript."""
    r = classify("客服：你好，我要投诉，你们的外卖送了三个小时还是凉的")
    assert r.kind is Kind.COMPLAINT
    assert r.agent_turn_count == 0


def test_a_line_without_a_name_continues_the_turn_before_it() -> None:
    text = "客户：我的快递丢了\n已经一个星期了\n客服：抱歉，师傅很专业，请放心"
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    spans = [e.span for e in r.evidence]
    assert any(s >= text.index("已经") for s, _ in spans) or r.evidence


def test_speaker_names_with_numbers_and_english_names() -> None:
    for text in (
        "工号8808：您好\n用户：信用卡被盗刷了两万块\n工号8808：请您放心，我们很专业",
        "坐席 1023：您好\n来电人：信用卡被盗刷了两万块",
        "客服(工号8808)：您好\n客户：信用卡被盗刷了两万块",
        "Agent: hello, how can I help?\nCustomer: someone used my card without my permission",
        "agent：您好\ncustomer：信用卡被盗刷了两万块",
    ):
        r = classify(text)
        assert r.kind is Kind.COMPLAINT, text
        assert r.agent_turn_count >= 1, text


def test_classify_many_reads_a_transcript_as_classify_does() -> None:
    texts = [CONSULTATION, OUTAGE, "坐席：您好\n坐席：再见"]
    cols = classify_many(texts)
    for i, text in enumerate(texts):
        r = classify(text)
        assert cols["kind"][i] == r.kind.value
        assert cols["reason"][i] == r.reason


_CUSTOMER_LINES = (
    "我的宽带又断了",
    "送来的牛奶已经过期了",
    "请问营业厅几点开门？",
    "你们的师傅服务很好，谢谢",
    "建议多开几个窗口",
    "好的，收到",
    "信用卡被盗刷了，我要报警",
    "等了两个小时还没人接电话",
    "积分怎么兑换？",
    "hi, my card was blocked",
)
_AGENT_LINES = (
    "您好，很高兴为您服务。",
    "如对处理结果不满意，您也可以拨打12300进行申诉。",
    "师傅服务很专业，请您放心。",
    "非常抱歉给您带来不便，我们马上处理。",
    "请问还有什么可以帮您？",
    "感谢您的耐心等待，祝您生活愉快！",
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CUSTOMER_LINES), min_size=1, max_size=4))
def test_prefixing_every_line_with_the_customers_name_keeps_the_answer(lines: list[str]) -> None:
    """R-CMP-01: naming the customer on each line changes nothing of what is read."""
    plain = classify("\n".join(lines))
    named = classify("\n".join(f"客户：{line}" for line in lines))
    assert (named.kind, named.category, named.confidence) == (
        plain.kind,
        plain.category,
        plain.confidence,
    )
    # (the same pieces; a piece spanning two turns quotes the name between them)
    assert [(e.rule_id, e.kind) for e in named.evidence] == [
        (e.rule_id, e.kind) for e in plain.evidence
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_CUSTOMER_LINES), min_size=1, max_size=3),
    st.lists(st.sampled_from(_AGENT_LINES), min_size=1, max_size=4),
    st.randoms(use_true_random=False),
)
def test_adding_agent_turns_never_changes_the_kind(
    customer: list[str], agent: list[str], rnd: object
) -> None:
    """R-CMP-01, R-CMP-07: the agent's words, wherever they stand, are not read."""
    alone = classify("\n".join(f"客户：{line}" for line in customer))
    turns = [f"客户：{line}" for line in customer]
    for line in agent:
        turns.insert(rnd.randrange(len(turns) + 1), f"客服：{line}")  # type: ignore[attr-defined]
    mixed = classify("\n".join(turns))
    assert (mixed.kind, mixed.category, mixed.signals) == (
        alone.kind,
        alone.category,
        alone.signals,
    )
    if turns[0].startswith("客服"):
        assert mixed.agent_turn_count == len(agent)


# ---- another language than Chinese (R-CMP-01, R-CMP-02)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi, my debit card got blocked and I can't pay my rent", Kind.COMPLAINT),
        ("hello, a payment on my account I never made, without my consent", Kind.COMPLAINT),
        ("the app keeps freezing since yesterday", Kind.COMPLAINT),
        ("I was charged twice for one coffee", Kind.COMPLAINT),
        ("returned the shoes a month ago and still no refund", Kind.COMPLAINT),
        ("sent three emails, nobody replied", Kind.COMPLAINT),
        ("the lady at the counter was so rude to my mother", Kind.COMPLAINT),
        ("my account was suspended for no reason", Kind.COMPLAINT),
        ("excellent support, the agent was very patient", Kind.PRAISE),
        ("how do I change my card's PIN?", Kind.CONSULTATION),
        ("how do I stop the app crashing?", Kind.CONSULTATION),
        ("my card is not blocked any more, thanks", Kind.NO_ACTION),
        ("thanks a lot", Kind.NO_ACTION),
    ],
)
def test_plain_english_messages(text: str, kind: Kind) -> None:
    """R-CMP-01, R-CMP-02: English complaints are complaints, not the greeting's praise."""
    r = classify(text)
    assert r.kind is kind, (text, r.reason)
    assert r.foreign
    assert r.learned_scores == ()


def test_near_misses_in_english_make_no_complaint() -> None:
    for text in ("the screen is not broken", "no problem at all", "my account isn't locked"):
        assert classify(text).kind is not Kind.COMPLAINT, text


def test_an_english_text_no_rule_reads_goes_to_a_person() -> None:
    """R-CMP-01: the learned layer does not guess at a language it was not trained on."""
    r = classify("hi, I am writing about the letter from last Tuesday about my mother")
    assert (r.kind, r.quiet, r.confidence, r.matched) == (Kind.NO_ACTION, True, 0.0, False)
    with language("zh_CN"):
        assert "学习层只读中文" in r.reason
    with language("en_US"):
        assert "the learned layer reads Chinese only" in r.reason


def test_chinese_with_a_few_latin_letters_is_still_chinese() -> None:
    for text in ("iPhone充电很慢", "app总是闪退", "用了VIP卡还是排队"):
        assert not classify(text).foreign, text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.!?'", min_size=1, max_size=60))
def test_the_learned_layer_never_speaks_on_latin_letters(text: str) -> None:
    """R-CMP-01: with no Chinese character, only the rules decide."""
    r = classify(text)
    assert r.learned_scores == ()
    assert all(e.rule_id != "learned" for e in r.evidence)
    if not r.matched:
        assert r.quiet or r.confidence == 0.0


# ---- Traditional spellings (R-CMP-01, R-CMP-02)


def test_a_traditional_signal_is_the_simplified_one() -> None:
    simplified = classify("你们的信号太差了，在家里完全打不了电话")
    traditional = classify("你們的訊號太差了，在家裡完全打不了電話")
    assert (traditional.kind, traditional.category) == (simplified.kind, simplified.category)
    assert traditional.category.label == "产品质量"


def test_characters_the_table_now_knows() -> None:
    assert to_simplified("別買，夢想，創新，堅持") == "别买，梦想，创新，坚持"
    assert normalise("網路軟體")[0] == "网络软件"
    assert regional_words("互联网路由器") == "互联网路由器"
    # 丟 (弄丟, 搞丟): a parcel lost in Traditional is the simplified complaint (R-CMP-01)
    assert to_simplified("包裹被弄丟了") == "包裹被弄丢了"
    assert classify("包裹被快遞員弄丟了，客服一直推託。").kind is Kind.COMPLAINT


@given(st.text(alphabet="訊讯號号網网路軟软體体硬由器好差", max_size=30))
def test_regional_words_keep_every_position(text: str) -> None:
    out = regional_words(text)
    assert len(out) == len(text)
    assert regional_words(out) == out


# ---- transcripts as chat and call exports write them (R-CMP-01, R-CMP-07)

_REGULATOR_SCRIPT = "如对处理结果不满意，您也可以拨打12300进行申诉。"


@pytest.mark.parametrize(
    "text",
    [
        f"客服小王：您好。{_REGULATOR_SCRIPT}\n客户：好的谢谢。",
        f"在线客服：{_REGULATOR_SCRIPT}\n用户：好的，谢谢。",
        f"人工客服：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"10086客服：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"客服-小李：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"客服(工号1234)：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"客户经理：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"\n\n客服：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"通话记录 2026-12-01 10:02\n客服：{_REGULATOR_SCRIPT}\n客户：知道了，谢谢。",
        f"[10:02] 客服：{_REGULATOR_SCRIPT}\n[10:03] 客户：知道了，谢谢。",
        f"10:02:33 客服：{_REGULATOR_SCRIPT}\n10:03:01 客户：知道了，谢谢。",
        f"客服：您好。 客户：我想问下怎么改套餐？ 客服：{_REGULATOR_SCRIPT} 客户：好的，谢谢。",
        f"客服：您好。\n客户：套餐怎么改？ 客服：{_REGULATOR_SCRIPT}",
    ],
)
def test_the_agents_regulator_script_is_never_the_customers_threat(text: str) -> None:
    """R-CMP-07: the agent named in any common way, after a blank line, a header or a time,
    or several turns on one line: the agent's 12300 is no signal of the customer's."""
    r = classify(text)
    assert r.kind is not Kind.COMPLAINT, (text, r.reason)
    assert Signal.REGULATOR not in r.signals
    assert r.agent_turn_count >= 1


def test_a_named_human_agents_reassurance_is_no_praise() -> None:
    """R-CMP-01: 人工客服：…请您放心 is the agent's word, not the customer's praise."""
    r = classify("人工客服：您好，师傅服务很专业，请您放心。\n客户：行吧")
    assert r.kind is not Kind.PRAISE
    assert all(e.kind is not Kind.PRAISE for e in r.evidence)
    assert r.agent_turn_count == 1


def test_turns_on_one_line_keep_the_customers_spans() -> None:
    text = (
        "[09:58] 客服：您好。 客户：家里宽带又断了，已经两天了。 客服：师傅服务很专业，请您放心。"
    )
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.agent_turn_count == 2
    start = text.index("客户：") + 3
    end = text.index(" 客服：", start)
    for e in r.evidence:
        assert text[e.span[0] : e.span[1]] == e.text
        assert start <= e.span[0] < end


def test_a_letter_to_the_desk_signed_by_the_customer_is_read_whole() -> None:
    """R-CMP-01: one line of two names may be a letter (客服：… 客户：张三): read whole."""
    r = classify("客服：你们的快递员态度太差，把包裹扔在门口就走了。 客户：王先生")
    assert r.kind is Kind.COMPLAINT
    assert r.agent_turn_count == 0


def test_a_header_alone_or_a_line_that_starts_with_the_word_is_no_transcript() -> None:
    for text in ("客服态度太差：我打了三次电话都没人管", "2026-12-01 10:02\n宽带又断了，太差了"):
        r = classify(text)
        assert (r.kind, r.agent_turn_count) == (Kind.COMPLAINT, 0), text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_CUSTOMER_LINES), min_size=1, max_size=3),
    st.lists(st.sampled_from(_AGENT_LINES), min_size=1, max_size=3),
    st.sampled_from(["客服小王", "在线客服", "人工客服", "坐席 1023", "客服(工号88)"]),
    st.sampled_from(["", "[10:02] ", "10:02:33 "]),
    st.sampled_from(["\n", "\n\n", " "]),
    st.randoms(use_true_random=False),
)
def test_export_formats_never_change_the_kind(
    customer: list[str],
    agent: list[str],
    name: str,
    stamp: str,
    sep: str,
    rnd: object,
) -> None:
    """R-CMP-01, R-CMP-07: a transcript's names, times and line breaks are not read."""
    alone = classify("\n".join(f"客户：{line}" for line in customer))
    turns = [f"{stamp}客户：{line}" for line in customer]
    for line in agent:
        turns.insert(rnd.randrange(len(turns) + 1), f"{stamp}{name}：{line}")  # type: ignore[attr-defined]
    if len(turns) < 3:
        sep = "\n"  # (one line of two names is read whole: it may be a signed letter)
    mixed = classify("通话记录 2026-12-01 10:02\n" + sep.join(turns))
    assert (mixed.kind, mixed.category, mixed.signals) == (
        alone.kind,
        alone.category,
        alone.signals,
    )
    assert mixed.agent_turn_count == len(agent)


# ---- English near-misses (R-CMP-01, R-CMP-02)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I waited 2 days and it arrived perfectly, thank you!", Kind.PRAISE),
        ("nobody cares about a tiny scratch, the watch is great", Kind.PRAISE),
        ("crash course booked, thanks", Kind.NO_ACTION),
        ("the parcel came quickly and safely, well done", Kind.PRAISE),
        ("sorry for my broken English, how do I change my PIN?", Kind.CONSULTATION),
    ],
)
def test_english_near_misses(text: str, kind: Kind) -> None:
    r = classify(text)
    assert r.kind is kind, (text, r.reason)


def test_a_person_not_working_is_no_app_that_fails() -> None:
    """R-CMP-01: not working said of oneself is a day off, not a failure."""
    r = classify("we are not working on Saturday, I will call on Monday")
    assert all(e.rule_id != "en.fails" for e in r.evidence)
    assert classify("the app is not working since Monday").kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    ["the staff were not rude at all", "the teller wasn't rude, just busy", "she was never rude"],
)
def test_rude_said_not_to_be_is_no_complaint(text: str) -> None:
    """R-CMP-01: an English complaint word right after not, never or n't is negated."""
    r = classify(text)
    assert r.kind is not Kind.COMPLAINT, (text, r.reason)
    assert any(e.negated_by for e in r.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "the staff were rude",
        "the app crashed again",
        "the app keeps crashing",
        "the ATM is broken and took my card",
        "I have been waiting for 3 days for a reply",
        "still waiting two weeks for the engineer",
        "I waited two weeks and nobody replied",
    ],
)
def test_english_complaints_stay_complaints(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT, text


# ---- scripts the learned layer does not read; Traditional words (R-CMP-01)


@pytest.mark.parametrize("text", ["카드가 정지되었어요. 도와주세요", "ありがとうございます"])
def test_korean_or_kana_text_goes_to_a_person(text: str) -> None:
    r = classify(text)
    assert (r.kind, r.foreign, r.quiet, r.wordless) == (Kind.NO_ACTION, True, True, False)


def test_a_traditional_router_is_no_network() -> None:
    assert regional_words("網路由器壞了") == "網路由器壞了"
    assert regional_words("網路很慢") == "网络很慢"
