"""A transcript's severity and matches read from the customer's turns only, as the
classification is (R-CMP-01: the customer's communication; R-CMP-07: the customer's
threat or report to a regulator, the press or a court)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Complaint,
    Kind,
    Severity,
    Signal,
    assess_severity,
    classify,
    find_matches,
)

_AT = dt.datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("Asia/Shanghai"))

#: What agents are told to say: the regulator's number, the press, the courts
_AGENT_SCRIPTS = (
    "如对处理结果不满意，您也可以拨打12300进行申诉。",
    "您也可以向12315或消费者协会反映。",
    "如有需要您可以向法院起诉。",
    "您也可以联系媒体，我们会配合。",
)
#: Customers' plain questions and problems: no threat, no harm
_CUSTOMER_LINES = (
    "我想问一下套餐怎么改。",
    "宽带又断了，麻烦尽快修。",
    "这个月话费怎么这么多？",
    "好的，谢谢。",
)


def _complaint(text: str) -> Complaint:
    return Complaint("电话", text, "张三", received_at=_AT)


def _transcript(agent: list[str], customer: list[str]) -> str:
    lines = []
    for i, said in enumerate(customer):
        if i < len(agent):
            lines.append(f"客服：{agent[i]}")
        lines.append(f"客户：{said}")
    lines.extend(f"客服：{said}" for said in agent[len(customer) :])
    return "\n".join(lines)


def test_the_agents_regulator_script_does_not_make_the_case_major() -> None:
    """R-CMP-07: the agent naming 12300 is no complaint of the customer's to a regulator."""
    text = "客服：您好，如对处理结果不满意，您也可以拨打12300进行申诉。\n客户：我想问一下套餐怎么改"
    result = assess_severity(_complaint(text))
    assert result.severity is Severity.GENERAL
    assert Signal.REGULATOR not in {e.signal for e in find_matches(text)[0]}


def test_the_customers_own_threat_in_a_transcript_stays_major() -> None:
    """R-CMP-07: the customer threatening the regulator is read, its span in the whole text."""
    text = "客服：您好。\n客户：再不处理我就打12300投诉你们！"
    result = assess_severity(_complaint(text))
    assert result.severity is Severity.MAJOR
    spans = [e.span for e in find_matches(text)[0] if e.signal is Signal.REGULATOR]
    assert [text[a:b] for a, b in spans] == ["12300"]


def test_a_transcript_of_the_agents_turns_only_has_no_match() -> None:
    """R-CMP-01: nothing of the customer's to read — no match, counted or suppressed."""
    assert find_matches("客服：不满意可拨打12300申诉。\n客服：再见") == ((), ())


def test_a_text_without_speakers_is_read_whole() -> None:
    """R-CMP-07: a plain text naming the regulator is the customer's own words."""
    text = "再不处理我就打12300投诉你们！"
    assert assess_severity(_complaint(text)).severity is Severity.MAJOR


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_AGENT_SCRIPTS), min_size=1, max_size=3),
    st.lists(st.sampled_from(_CUSTOMER_LINES), min_size=1, max_size=3),
)
def test_the_agents_scripts_never_raise_the_severity(agent: list[str], customer: list[str]) -> None:
    """R-CMP-07: whatever the agent says, a customer who threatens nothing stays general,
    and no match of the transcript lies in an agent's turn."""
    text = _transcript(agent, customer)
    assert assess_severity(_complaint(text)).severity is Severity.GENERAL
    counted, suppressed = find_matches(text)
    agents_lines = []
    for line_start in (i for i in range(len(text)) if text.startswith("客服：", i)):
        line_end = text.find("\n", line_start)
        agents_lines.append((line_start, len(text) if line_end < 0 else line_end))
    for e in counted + suppressed:
        a, b = e.span
        assert all(b <= low or high <= a for low, high in agents_lines)


def test_no_rule_reads_across_the_agents_turn() -> None:
    """R-CMP-01: a pattern with a gap (怎么…又) does not join the customer's question before
    the agent's turn to the customer's words after it, nor show the agent's words as evidence."""
    script = "如对处理结果不满意，您也可以拨打12300进行申诉。"
    text = f"客服：{script}\n客户：我想问一下套餐怎么改。\n客服：{script}\n客户：宽带又断了。"
    agents = text.index(script, 10)
    for e in find_matches(text)[0]:
        assert script not in e.text
        assert e.span[1] <= agents or e.span[0] >= agents + len(script)
    assert "12300" not in classify(text).explain()


def test_a_sentence_the_agent_only_nodded_into_is_read_whole() -> None:
    """R-CMP-01: the agent's 请讲 between two halves of the customer's sentence cuts nothing;
    a sentence ended before the nod, or a real answer of the agent's, still parts them."""
    nodded = "客户：我的包裹\n客服：请讲\n客户：丢了，到现在没人管"
    assert classify(nodded).kind is Kind.COMPLAINT
    assert any(e.rule_id == "sc.parcel" for e in find_matches(nodded)[0])
    answered = "客户：我的包裹\n客服：您的包裹已签收，请问还有什么问题？\n客户：丢了"
    assert all(e.rule_id != "sc.parcel" for e in find_matches(answered)[0])


# ---- the stance of a hint is the customer's own (R-CMP-07) ---------------------------------


def test_R_CMP_07_an_agents_words_never_make_a_customers_threat_done() -> None:
    """The stance of a media or regulator hint is read from the clause of the one who names
    it: an agent's 已经 before a speaker's turn makes no threat reported."""
    inline = assess_severity(_complaint("客服：您已经 客户：找媒体曝光 客服：好的"))
    assert inline.severity_grounds == ((Signal.MEDIA, (("找媒体", "曝光"), ())),)
    asked = assess_severity(_complaint("客户：我要打12315 客服：已经投诉了吗 客户：没有"))
    assert asked.severity_grounds == ((Signal.REGULATOR, (("12315",), ("threatened",))),)
    done = assess_severity(_complaint("客户：我已经找媒体曝光了 客服：好的"))
    assert done.severity_grounds[0][1][1] == ("reported",)


@settings(max_examples=40, deadline=None)
@given(
    agent=st.sampled_from(["您已经", "已经为您登记了", "我们已经反馈过了", "您打过了吗"]),
    hint=st.sampled_from(["找媒体曝光", "打12315", "找记者"]),
)
def test_R_CMP_07_an_agents_turn_never_changes_the_stance(agent: str, hint: str) -> None:
    """Whatever an agent says in the turn before, a customer's plain hint reads as it reads
    alone in the customer's turn (R-CMP-07)."""
    alone = assess_severity(_complaint(f"客户：{hint}")).severity_grounds
    after = assess_severity(_complaint(f"客服：{agent} 客户：{hint}")).severity_grounds
    assert after == alone
