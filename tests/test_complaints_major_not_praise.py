"""A major complaint never leaves the desk as praise (R-CMP-01, R-CMP-07): praise that
carries a complaint-grade signal (a repeat, a regulator, the media, a lawyer, the police)
beside a problem the rules read is a complaint, and a case whose contact is assessed major
is filed as a complaint, major, whatever kind the text was read as.  A demand beside a
product's fault: the reason says the fault classes it, not that it comes first in the
text (R-CMP-03)."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Case,
    Category,
    Complaint,
    Flow,
    Kind,
    Severity,
    Signal,
    assess_severity,
    classify,
)
from custops.i18n import language

AT = dt.datetime(2026, 12, 7, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
SARCASM = "呵呵，真是好品牌啊，买了半年修了四次，售后电话永远打不通，给你们点个赞👍👍👍"

OPENERS = ("呵呵，真是好品牌啊，", "太棒了，", "服务真好，")
SIGNALS = (
    "买了半年修了四次，",
    "已经投诉三次了，",
    "我要找媒体曝光，",
    "已经打了12315，",
    "我要找律师起诉你们，",
    "我已经报警了，",
)
PROBLEMS = ("售后电话永远打不通，", "空调还是不制冷，")
UNREAD_PROBLEMS = (*PROBLEMS, "师傅到现在都没来，")  # (no rule reads the last one)
CLOSERS = ("给你们点个赞👍👍", "谢谢你们，五星好评", "真是太感谢了")
GRAVE = frozenset({Signal.REPEAT, Signal.REGULATOR, Signal.MEDIA, Signal.LEGAL, Signal.POLICE})


def contact(text: str, **kw: object) -> Complaint:
    given: dict[str, object] = {"channel": "phone", **kw}
    return Complaint(received_at=AT, content=text, complainant="刘", **given)  # type: ignore[arg-type]


def triaged(complaint: Complaint) -> Case:
    return Case.open(complaint, "客户关系顾问", policy="tobacco").classify(
        AT + dt.timedelta(minutes=10), "客户关系经理"
    )


def test_sarcastic_praise_with_a_repeat_is_a_complaint_R_CMP_01_R_CMP_07() -> None:
    """呵呵…修了四次…打不通…点个赞: the repeat (R-CMP-07) and the problem told outweigh the
    praise words; the reason names the signal and the words."""
    result = classify(SARCASM)
    assert result.kind is Kind.COMPLAINT
    assert result.kind_rule == "sig.repeat"
    assert result.grave_words == ("修了四次",)
    assert result.category is Category.SERVICE_QUALITY  # 打不通: the after-sales line
    with language("zh_CN"):
        assert "「修了四次」属重大投诉情形（重复投诉），这一点压过「赞」" in result.reason
    with language("en_US"):
        assert "is a sign of a major complaint (repeat), which outweighs" in result.reason


def test_the_sarcastic_case_opens_the_major_flow_R_CMP_07() -> None:
    case = triaged(contact(SARCASM))
    assert case.kind is Kind.COMPLAINT
    assert case.flow is Flow.MAJOR
    assert case.severity is Severity.MAJOR
    assert "修了四次" in case.severity_reason


def test_praise_whose_signal_reports_no_problem_stays_praise_R_CMP_01() -> None:
    """A courier who called several times, a matter put right after a post on Weibo, a
    lawyer thanked: the signal's words are there, no problem is told."""
    for text in (
        "物流很快，快递员挺好的，打了好几个电话，好评",
        "美图的售后真心的好，一万个赞，我只不过发微博发泄下情绪，立马帮我把问题解决了！！！",
        "感谢李律师帮我打赢官司，非常专业",
    ):
        result = classify(text)
        assert result.kind is Kind.PRAISE, text
        assert result.grave_words == ()


def test_a_case_read_as_praise_but_assessed_major_is_a_major_complaint_R_CMP_07() -> None:
    """Praise forwarded by a regulator, or from several customers: the severity is major
    (R-CMP-07), so the case is filed as a complaint, major, and the note says why."""
    praise = "师傅态度很好，服务很周到，谢谢"
    assert classify(praise).kind is Kind.PRAISE
    for complaint, criterion in (
        (contact(praise, channel="forwarded", forwarded_by="12315"), Signal.REGULATOR),
        (contact(praise, complainant_count=12), Signal.COLLECTIVE),
    ):
        with language("zh_CN"):
            case = triaged(complaint)
        assert case.kind is Kind.COMPLAINT
        assert case.flow is Flow.MAJOR
        assert case.severity is Severity.MAJOR
        assert criterion in assess_severity(complaint).criteria
        note = case.events[-1].note
        assert note.startswith("读作表扬，但评定为重大（"), note
        assert note.endswith("按投诉定性"), note


def test_a_person_who_gives_praise_is_not_overruled_R_CMP_01() -> None:
    """The kind given by a person stands (R-CMP-01): only a kind read from the text is
    checked against the severity."""
    complaint = contact("师傅态度很好，服务很周到，谢谢", complainant_count=12)
    case = Case.open(complaint, "客户关系顾问", policy="tobacco").classify(
        AT + dt.timedelta(minutes=10), "客户关系经理", kind="praise"
    )
    assert case.kind is Kind.PRAISE
    assert case.severity is None


def test_a_demand_before_a_fault_is_said_truthfully_R_CMP_03() -> None:
    """我要退货 comes first in the text, the fault after it: the fault classes the
    complaint (D10 二 3), and the reason says that, not that the fault came first."""
    result = classify("我要退货！新买的冰箱门关不严，还有一道划痕")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY
    assert Category.RETURN_EXCHANGE in result.categories
    with language("zh_CN"):
        assert "按所诉问题归类，而非所提退换货要求" in result.reason
        assert "先于" not in result.reason
    with language("en_US"):
        assert "classed by the fault named, not by the return" in result.reason


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(OPENERS),
    signal=st.sampled_from(SIGNALS),
    problem=st.sampled_from(PROBLEMS),
    closer=st.sampled_from(CLOSERS),
)
def test_property_a_signal_beside_a_problem_is_never_praise_R_CMP_01_R_CMP_07(
    opener: str, signal: str, problem: str, closer: str
) -> None:
    result = classify(opener + signal + problem + closer)
    assert result.signals & GRAVE, result.explain()
    assert result.kind is not Kind.PRAISE, result.explain()


@settings(max_examples=40, deadline=None)
@given(
    opener=st.sampled_from(OPENERS),
    signal=st.sampled_from(SIGNALS),
    problem=st.sampled_from(UNREAD_PROBLEMS),
    closer=st.sampled_from(CLOSERS),
    count=st.sampled_from((1, 1, 12)),
)
def test_property_a_case_never_drops_a_major_verdict_R_CMP_07(
    opener: str, signal: str, problem: str, closer: str, count: int
) -> None:
    complaint = contact(opener + signal + problem + closer, complainant_count=count)
    assert assess_severity(complaint).severity is Severity.MAJOR
    case = triaged(complaint)
    assert case.severity is Severity.MAJOR
    assert case.kind is Kind.COMPLAINT


def test_every_combination_of_the_property_is_covered() -> None:
    """The fragments above all carry a signal the severity reads (no vacuous property)."""
    for parts in itertools.product(OPENERS[:1], SIGNALS, UNREAD_PROBLEMS[-1:], CLOSERS[:1]):
        assert assess_severity(contact("".join(parts))).criteria, parts
