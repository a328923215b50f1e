"""A major complaint never leaves the desk as praise (R-CMP-01, R-CMP-07): praise that
carries a complaint-grade signal (a repeat, a regulator, the media, a lawyer, the police)
beside a problem the rules read is a complaint, and its case is major; a case follows the
reading, so a text read as another kind is never filed as a complaint on severity alone.
A demand beside a product's fault: the reason says the fault classes it, not that it comes
first in the text (R-CMP-03)."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
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
from custops.errors import InvalidInput
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
CLOSERS = ("给你们点个赞👍👍", "谢谢你们，五星好评", "真是太感谢了")
GRAVE = frozenset({Signal.REPEAT, Signal.REGULATOR, Signal.MEDIA, Signal.LEGAL, Signal.POLICE})


def contact(text: str, **kw: object) -> Complaint:
    given: dict[str, object] = {"channel": "phone", **kw}
    return Complaint(received_at=AT, content=text, complainant="刘", **given)  # type: ignore[arg-type]


def triaged(complaint: Complaint) -> Case:
    return Case.open(complaint, "客户关系顾问", policy="tobacco").classify(
        AT + dt.timedelta(minutes=10), "客户关系经理"
    )


GRAVE_PATH = "服务真好，买了半年修了四次，售后电话永远打不通，给你们点个赞👍👍"


def test_sarcastic_praise_with_a_repeat_is_a_complaint_R_CMP_01_R_CMP_07() -> None:
    """呵呵…修了四次…打不通…点个赞: whichever rule reads it first (a repair again, or the
    repeat over the praise), the text is a complaint and keeps its repeat (R-CMP-07)."""
    result = classify(SARCASM)
    assert result.kind is Kind.COMPLAINT
    assert Signal.REPEAT in result.signals
    assert result.category is Category.SERVICE_QUALITY  # 打不通: the after-sales line


def test_the_grave_path_names_the_signal_R_CMP_01_R_CMP_07() -> None:
    """Praise words with a repeat beside a problem told, and no complaint cue that outweighs
    the praise by itself: the signal makes it a complaint; the reason names the signal."""
    result = classify(GRAVE_PATH)
    assert result.kind is Kind.COMPLAINT
    assert result.kind_rule.startswith("sig."), result.explain()
    assert result.grave_words == ("修了四次",)
    with language("zh_CN"):
        assert "「修了四次」属重大投诉情形（重复投诉），这一点压过" in result.reason
    with language("en_US"):
        assert "is a sign of a major complaint (repeat), which outweighs" in result.reason


def test_the_signals_own_words_or_a_matter_put_right_are_no_complaint_R_CMP_01() -> None:
    """The complaint beside a signal is not the signal's own words (投诉 in 黑猫投诉, in
    之前投诉过), nor a problem told as put right (终于修好了), and a lawyer who is a friend
    takes no action: each stays praise (R-CMP-01, R-CMP-07)."""
    for text in (
        "感谢黑猫投诉平台帮忙，你们客服很好",
        "通过黑猫投诉联系上了客服，客服态度非常好，点赞",
        "之前冰箱不制冷，投诉过两次，这次师傅终于修好了，非常感谢，点赞",
        "太感谢了，之前投诉过一次，这次客服态度很好，问题解决了",
        "律师朋友说你们很专业，虽然等了很久，但值得，点赞",
    ):
        result = classify(text)
        assert result.kind is Kind.PRAISE, result.explain()
        assert result.grave_words == ()


def test_a_problem_not_put_right_still_counts_R_CMP_07() -> None:
    """还没修好, 修好了又坏: the problem stands beside the repeat, so the text is a complaint."""
    for text in (
        "服务真好，已经投诉三次了，空调还是不制冷，还没修好，给你们点个赞👍👍",
        "服务真好，我要找律师起诉你们，售后电话永远打不通，给你们点个赞👍👍",
    ):
        result = classify(text)
        assert result.kind is Kind.COMPLAINT, result.explain()


def test_the_case_of_the_grave_path_opens_the_major_flow_R_CMP_07() -> None:
    case = triaged(contact(GRAVE_PATH))
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


def test_a_case_follows_a_reading_of_praise_R_CMP_01_R_CMP_07() -> None:
    """Praise forwarded by a regulator, or signed by twelve customers, is praise: a case
    is never filed as a complaint on its severity alone, and has no severity."""
    praise = "师傅态度很好，服务很周到，谢谢"
    assert classify(praise).kind is Kind.PRAISE
    for complaint in (
        contact(praise, channel="forwarded", forwarded_by="12315"),
        contact(praise, complainant_count=12),
    ):
        assert assess_severity(complaint).severity is Severity.MAJOR  # (not what files it)
        case = triaged(complaint)
        assert case.kind is Kind.PRAISE
        assert case.severity is None


def test_a_person_who_judges_a_read_praise_gives_the_kind_R_CMP_05() -> None:
    """A severity given on a text read as praise is refused, naming it: the record never says
    major beside a general severity; with kind='complaint' the person's severity stands."""
    complaint = contact("我朋友是律师，他说你们的服务很好")
    opened = Case.open(complaint, "客户关系顾问", policy="tobacco")
    later = AT + dt.timedelta(minutes=10)
    with pytest.raises(InvalidInput) as refused:
        opened.classify(later, "客户关系经理", severity="general")
    assert refused.value.argument == "severity"
    case = opened.classify(
        later,
        "客户关系经理",
        kind="complaint",
        severity="general",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert case.kind is Kind.COMPLAINT
    assert case.severity is Severity.GENERAL
    assert "重大" not in case.events[-1].note


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
    problem=st.sampled_from(PROBLEMS),
    closer=st.sampled_from(CLOSERS),
    count=st.sampled_from((1, 1, 12)),
)
def test_property_a_case_read_as_a_complaint_keeps_its_major_verdict_R_CMP_07(
    opener: str, signal: str, problem: str, closer: str, count: int
) -> None:
    complaint = contact(opener + signal + problem + closer, complainant_count=count)
    assert assess_severity(complaint).severity is Severity.MAJOR
    case = triaged(complaint)
    assert case.severity is Severity.MAJOR
    assert case.kind is Kind.COMPLAINT


NOT_COMPLAINTS = (
    "感谢12315帮我解决了问题，你们的客服也很好",
    "请问你们的防烫伤手套有货吗？",
    "我朋友是律师，他说你们的服务很好",
    "记者来采访了你们店，服务真好",
    "表扬小王，之前投诉过的问题他帮我解决了，非常感谢",
    "师傅态度很好，服务很周到，谢谢",
    "好的，收到，谢谢",
    "请问几点营业？",
    "建议增加停车位",
)


@settings(max_examples=40, deadline=None)
@given(text=st.sampled_from(NOT_COMPLAINTS), count=st.integers(1, 500))
def test_property_a_non_complaint_reading_never_becomes_a_complaint_by_severity_R_CMP_01(
    text: str, count: int
) -> None:
    """Whatever its severity (a signal word, many customers), a contact read as another kind
    than a complaint is filed as that kind (R-CMP-01, R-CMP-07)."""
    read = classify(text)
    assert read.kind is not Kind.COMPLAINT, read.explain()
    complaint = contact(text, complainant_count=count)
    if read.quiet:  # read unread: a person gives the kind, the case stays open
        with pytest.raises(InvalidInput) as refused:
            triaged(complaint)
        assert refused.value.argument == "kind"
        return
    case = triaged(complaint)
    assert case.kind is read.kind
    assert case.severity is None


def test_every_combination_of_the_property_is_covered() -> None:
    """The fragments above all carry a signal the severity reads (no vacuous property)."""
    for parts in itertools.product(OPENERS[:1], SIGNALS, PROBLEMS[:1], CLOSERS[:1]):
        assert assess_severity(contact("".join(parts))).criteria, parts
