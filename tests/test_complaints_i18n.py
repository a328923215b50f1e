"""Explanations of the complaints area in the reader's language (issue 15 item 1).

Every reason, ``explain()``, ``describe()`` and review line of the complaint modules is
worded in the active language: in Chinese (zh_CN) no English word besides rule IDs and
units, in English Chinese only as quoted labels.  Example tests per rule — R-CMP-05,
R-CMP-06, R-CMP-09, R-CMP-10, R-CMP-11, R-CMP-12, R-CMP-13, R-CMP-14, R-CMP-15,
R-SLA-23 — and one property test per module over the ``custops.testing`` strategies.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._text import moment_text
from custops.complaints import (
    Case,
    CaseEvent,
    CasePolicy,
    Category,
    Cause,
    Complaint,
    Defect,
    HandlingClass,
    Kind,
    Severity,
    Signal,
    assess_fine,
    assess_penalty,
    assess_severity,
    assess_validity,
    classify,
    grounds_reason,
    handling_decision,
    return_decision,
    score_deduction,
    statistics,
)
from custops.complaints.penalties import PenaltyScheme, ResponsibilityPolicy
from custops.complaints.retention import RetentionPolicy, keep_record
from custops.errors import InvalidInput
from custops.i18n import language, stray_words
from custops.testing import amounts, cases, dates

SH = ZoneInfo("Asia/Shanghai")
LANGUAGES = ("zh_CN", "en_US")


def T(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def one_language(*texts: str) -> None:
    """Every text is in the active language only."""
    for text in texts:
        assert stray_words(text) == (), text


#: The labels of a case's kind, category and severity, which English names in words.
WORDED_LABELS = frozenset(m.label for cls in (Kind, Category, Severity) for m in cls)


def in_words(cases: list[Case], *texts: str) -> None:
    """In English no text quotes the label of a kind, a category or a severity (words
    that are the customer's or a note's own aside): it names them in words."""
    own = "".join(c.complaint.content + "".join(e.note for e in c.events) for c in cases)
    for text in texts:
        quoted = re.findall(r'"([^"]*)"', text)
        assert [q for q in quoted if q in WORDED_LABELS and q not in own] == [], text


def worked_case() -> Case:
    """A general complaint on the winery desk, reopened once, closed and reviewed."""
    c = Complaint(
        received_at=T(9, 30, 16),
        channel="电话",
        content="上周买的酒有怪味",
        complainant="王先生",
        claimed_loss="760",
    )
    case = Case.open(c, "客户关系顾问", policy="winery")
    case = case.classify(
        T(9, 30, 16, 40),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    case = case.reply(T(10, 1, 10), "客户关系顾问", note="质量部已取样")
    case = case.assign(T(10, 9, 9), "客户关系经理", "质量部", handler="张工")
    case = case.propose(T(10, 9, 11), "质量负责人", solution="换货两箱").approve(
        T(10, 9, 14), "总经理"
    )
    case = case.notify(T(10, 9, 15), "客户关系顾问")
    case = case.survey(T(10, 9, 16), "客户关系顾问", satisfied=False)
    case = case.reopen(T(10, 10, 9), "客户关系经理", note="客户要求退款")
    case = case.propose(T(10, 10, 11), "质量负责人", solution="退款").approve(
        T(10, 10, 12), "总经理"
    )
    case = case.notify(T(10, 10, 14), "客户关系顾问")
    case = case.survey(T(10, 10, 16), "客户关系顾问", satisfied=True)
    return case.close(T(10, 10, 16, 30), "客户关系经理", result="退款 760 元")


# --------------------------------------------------------------------------- examples, zh_CN


def test_validity_in_chinese_R_CMP_05() -> None:
    with language("zh_CN"):
        no = assess_validity(grounds_sufficient=False, demand_reasonable=True)
        yes = assess_validity(grounds_sufficient=True, demand_reasonable=True)
        assert str(yes) == "成立（R-CMP-05）：投诉成立：理由充分，要求合理"
        one_language(no.reason, no.next_step, str(yes), yes.next_step)
        assert no.reason == "投诉不成立：理由不充分；委婉答复后结案"
        assert no.next_step == "委婉答复，争取客户谅解，结案"
    with language("en_US"):  # worded when read
        assert no.reason == (
            "not established: the grounds are not sufficient; answer tactfully and close"
        )
        assert no.next_step == "answer tactfully, seek the customer's understanding, close"


def test_handling_in_chinese_R_CMP_09() -> None:
    with language("zh_CN"):
        d = handling_decision("一般工作失误")
        one_language(*(handling_decision(h).next_step for h in HandlingClass), str(d))
        assert d.next_step == "按本单位规定处理，立即纠正，提出整改方案"
        assert d.reason == "立即纠正，并提出整改方案"


def test_returns_in_chinese_R_CMP_10_R_SLA_22() -> None:
    with language("zh_CN"):
        mould = return_decision(
            "发霉",
            outbound_on=dt.date(2024, 5, 1),
            found_on=dt.date(2024, 5, 10),
        )
        storage = return_decision("渗漏", cause="仓储不当")
        one_language(str(mould), str(storage))
        assert (
            str(storage) == "不予退货（R-CMP-10）：因客户仓储不当导致渗漏，不属于质量事故：不予退货"
        )
        assert mould.reason == (
            "2024-05-10 发现发霉，在 2024-05-01 出库后 15 天内（期限至 2024-05-16）："
            "请核对销售出库审核表，确认后无条件退货"
        )


def test_fines_in_chinese_money_in_yuan_R_CMP_11() -> None:
    with language("zh_CN"):
        out = assess_fine("2000")
        early = assess_fine("800", responsibility_assigned=False)
        one_language(str(out), str(early))
        assert str(out) == "拒绝（R-CMP-11）：2000.00 元超出每次 200.00–1500.00 元的罚款范围"
        assert early.reason == "职责归属明确后方可罚款"  # 经职责归属, no longer half English


def test_score_deduction_in_chinese_R_CMP_12() -> None:
    with language("zh_CN"):
        assert score_deduction(1).reason == "投诉 1 次 × 每次 1 分，共扣 1 分"
        one_language(score_deduction(3).reason)


def test_penalties_in_chinese_R_CMP_13() -> None:
    with language("zh_CN"):
        a = assess_penalty("3000", delayed=["reply"], approval_delayed=True)
        one_language(a.reason, *(line.reason for line in a.lines))
        assert a.reason == (
            "具体责任者和部门主管：损失 3000.00 元，达到 1000.00 元档，罚款 500.00 元；"
            "投诉受理人因延误（答复客户）罚款 200.00 元；批示人因批示迟延罚款 200.00 元；"
            "逐人处罚，每案不设上限（D1 第六条）"
        )
        assert a.lines[0].reason.endswith("（D1 第六条 1，按本政策的损失档）")
    with language("en_US"):  # worded when read: the late target named as English names it
        assert "handler fined 200.00 yuan for the delay (reply)" in a.reason


def test_a_capped_case_in_chinese_R_CMP_11_R_CMP_13() -> None:
    """R-CMP-11: the cap per case (D5 第七条 200~1500元/次) is said in one language."""
    with language("zh_CN"):
        a = assess_penalty("5000", delayed=["reply"], policy=ResponsibilityPolicy(case_max="1500"))
        one_language(a.reason, *(line.reason for line in a.lines))
        assert a.reason.endswith(
            "每案处罚以 1500.00 元为限，实际罚款具体责任者 1000.00 元、部门主管 500.00 元："
            "投诉受理人不再处罚"
        )
        assert a.lines[1].reason.endswith("因每案上限减为 500.00 元")


def test_case_status_history_and_clears_in_chinese_R_CMP_06_R_CMP_15() -> None:
    case = worked_case()
    with language("zh_CN"):
        status = case.status(at=T(10, 13, 10))
        lines = [status.explain(), case.describe(), case.six_clears().explain()]
        lines += [e.describe() for e in case.history]
        lines += [c.reason for c in case.six_clears().values()]
        one_language(*lines)
    with language("zh_CN"):
        assert status.reason.startswith("截至 2025-10-13 10:00+08:00，案件已结案（一般投诉）；")
    # worded when read: the same status reads in English outside the block
    assert status.reason.startswith("case closed (general complaint) as of 2025-10-13 10:00")
    assert case.six_clears().reason == "all six clears met"  # made in English (tests/)
    with language("zh_CN"):
        assert case.six_clears().reason == "六个清晰均已做到"
        assert case.history[3].describe() == (
            "2025-10-09 09:00+08:00 分派（客户关系经理） [部门：质量部；受理责任人：张工]"
        )


def test_a_status_is_worded_in_the_language_of_the_call() -> None:
    """The clocks a case caches are worded once per language, never mixed."""
    case = worked_case()
    with language("zh_CN"):
        zh = case.status(at=T(10, 1, 9)).explain()
    en = case.status(at=T(10, 1, 9)).explain()
    with language("zh_CN"):
        assert case.status(at=T(10, 1, 9)).explain() == zh
        one_language(zh)
    one_language(en)
    assert en.startswith("case status (R-SLA-05): case classified (general complaint)")
    assert "处理反馈单：尚未开始计时" in zh


def test_a_status_says_as_of_the_moment_asked_R_SLA_09() -> None:
    """R-SLA-09: the moment in a status's first line is the moment of the question (截至),
    not of an event: in English "as of", so a case recorded at 23:58 and asked about at
    00:05 does not read as recorded at 00:05."""
    late = Complaint(
        received_at=T(9, 30, 23, 58), channel="电话", content="请问几点开门", complainant="A"
    )
    case = Case.open(late, "客户关系顾问", policy="tobacco")
    status = case.status(at=T(10, 1, 0, 5))
    assert status.reason.startswith(
        "case recorded (not yet classified) as of 2025-10-01 00:05+08:00; tobacco rule"
    )
    assert " at 2025-10-01" not in status.explain()
    with language("zh_CN"):
        assert case.status(at=T(10, 1, 0, 5)).reason.startswith(
            "截至 2025-10-01 00:05+08:00，案件已登记（尚未定性）"
        )
    classified = case.classify(
        T(10, 1, 9),
        "客户关系经理",
        kind="complaint",
        category="product_quality",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert classified.status(at=T(10, 1, 10)).reason.startswith(
        "case classified (general complaint) as of 2025-10-01 10:00+08:00;"
    )


@settings(max_examples=20)
@given(cases(max_events=6), st.integers(0, 60 * 24 * 30))
def test_every_status_header_is_as_of_the_moment_asked(case: Case, minutes: int) -> None:
    """Invariant: a case's status begins with its stage as of the moment asked, whatever
    the case's events, in both languages."""
    at = case.last_event_at + dt.timedelta(minutes=minutes)
    shown = moment_text(case.policy.sla_policy.calendar.to_local(at))
    assert case.status(at=at).reason.startswith("case ")
    assert f" as of {shown}; " in case.status(at=at).reason
    with language("zh_CN"):
        assert case.status(at=at).reason.startswith(f"截至 {shown}，案件")


def test_a_case_names_its_kind_category_and_severity_in_english_words_R_CMP_01() -> None:
    """R-CMP-01, R-CMP-03, R-CMP-13, R-CMP-14: in English a case's routing, its penalty,
    its classification's description and the review name the kind, the category and the
    severity in words, as the classifier's reasons do — no Chinese label in an English
    sentence."""
    asked = Case.open(
        Complaint(received_at=T(10, 13, 9), channel="电话", content="几点开门", complainant="A"),
        "客户关系顾问",
        policy="dealer",
    ).classify(T(10, 13, 9, 5), "客户关系经理", kind="咨询", category="其他")
    praised = Case.open(
        Complaint(received_at=T(10, 13, 9), channel="电话", content="小张很热情", complainant="B"),
        "客户关系顾问",
        policy="dealer",
    ).classify(T(10, 13, 9, 5), "客户关系经理", kind="表扬", category="服务质量")
    worked = worked_case()
    assert asked.routing().reason == "kind consultation stays with the desk: no department"
    assert praised.routing().reason == (
        "praise of service quality goes where service quality matters go: customer relations "
        "department"  # the dealer's own (D1 第三条: no marketing office)
    )
    assert praised.penalty(at=T(10, 14, 9)).reason.startswith(
        "no penalty: kind praise is not a complaint; only complaints are penalised"
    )
    assert "category: product quality;" in worked.history[1].describe()
    assert "kind: complaint; severity: general;" in worked.history[1].describe()
    review = statistics([asked, praised, worked]).explain()
    assert "kind:       consultation 1; complaint 1; praise 1" in review
    texts = (asked.routing().reason, praised.routing().reason, worked.history[1].describe(), review)
    one_language(*texts)
    in_words([asked, praised, worked], *texts)
    with language("zh_CN"):
        assert asked.routing().reason == "类型为咨询，由客户关系岗位办理，不转部门"


def test_retention_in_chinese_R_SLA_23() -> None:
    with language("zh_CN"):
        ordinary = keep_record(dt.date(2024, 2, 29), important=False)
        important = keep_record(dt.date(2024, 2, 29), important=True)
        still_open = keep_record(None, important=False, policy=RetentionPolicy(ordinary_years=2))
        one_language(ordinary.reason, important.reason, still_open.reason)
        assert ordinary.reason == "一般资料，2024-02-29 结案：保存期限 1 年，至 2025-02-28"
        assert important.reason == "重要资料，2024-02-29 结案：长期保存"
        assert still_open.reason == "一般资料，尚未结案：结案前一直保存，结案后保存期限 2 年"


def test_review_in_chinese_R_CMP_14() -> None:
    case = worked_case()
    with language("zh_CN"):
        review = statistics([case], at=T(10, 13, 12))
        lines = review.explain().splitlines()
        one_language(*lines)
    assert lines[0] == (
        "评审（R-CMP-14）：案件统计 全部案件（截至 2025-10-13 12:00+08:00）："
        "共 1 件，未结 0 件，已结 1 件"
    )
    assert "  类型：     投诉 1 件" in lines
    assert "  再次处理：1 件中 1 件（100%）" in lines


# --------------------------------------------------------------------------- properties


@settings(max_examples=30)
@given(case=cases(max_events=10), hours=st.integers(0, 400))
def test_every_case_explanation_is_one_language(case: Case, hours: int) -> None:
    """case.py: status, describe, six clears, retention and penalty, in both languages."""
    at = case.last_event_at + dt.timedelta(hours=hours)
    if case.policy.penalty_scheme is PenaltyScheme.UNIT_RULES:  # D14 sets none: named here
        policy = attrs.evolve(case.policy, penalty_scheme="each_person")
        case = Case(case.complaint, case.events, policy=policy)
    for code in LANGUAGES:
        with language(code):
            clears = case.six_clears()
            texts = (
                case.status(at=at).explain(),
                case.describe(),
                clears.explain(),
                *(c.reason for c in clears.values()),
                case.retention.reason,
                case.penalty(at=at).reason,
                case.routing().reason,
                case.penalty(at=at).explain(),
            )
            one_language(*texts)
            if code == "en_US":
                in_words([case], *texts)


@settings(max_examples=30)
@given(case=cases(max_events=12))
def test_every_event_description_is_one_language(case: Case) -> None:
    """events.py: each event's one-line description."""
    for code in LANGUAGES:
        with language(code):
            one_language(*(e.describe() for e in case.history))
    with language("en_US"):
        in_words([case], *(e.describe() for e in case.history))


@settings(max_examples=50)
@given(
    amount=amounts(max_value=20_000),
    assigned=st.booleans(),
    count=st.integers(0, 50),
    delayed=st.lists(st.sampled_from(["reply", "resolve", "solution", "report"]), max_size=3),
    slow=st.booleans(),
)
def test_every_penalty_reason_is_one_language(
    amount: object, assigned: bool, count: int, delayed: list[str], slow: bool
) -> None:
    """penalties.py: fines, score deductions and responsibility penalties."""
    for code in LANGUAGES:
        with language(code):
            a = assess_penalty(
                amount,  # type: ignore[arg-type]
                delayed=delayed,
                approval_delayed=slow,
                responsibility_assigned=assigned,
            )
            one_language(
                str(assess_fine(amount, responsibility_assigned=assigned)),  # type: ignore[arg-type]
                score_deduction(count).reason,
                a.reason,
                *(line.reason for line in a.lines),
            )


@settings(max_examples=50)
@given(
    defect=st.sampled_from(Defect),
    cause=st.sampled_from(Cause),
    outbound=st.one_of(st.none(), dates(dt.date(2020, 1, 1), dt.date(2026, 12, 1))),
    later=st.integers(0, 40),
    dated=st.booleans(),
    confirmed=st.booleans(),
)
def test_every_return_decision_is_one_language(
    defect: Defect,
    cause: Cause,
    outbound: dt.date | None,
    later: int,
    dated: bool,
    confirmed: bool,
) -> None:
    """returns.py: every branch of D10 二 3.2."""
    found = outbound + dt.timedelta(days=later) if outbound is not None and dated else None
    for code in LANGUAGES:
        with language(code):
            d = return_decision(
                defect,
                cause=cause,
                outbound_on=outbound,
                found_on=found,
                outbound_confirmed=confirmed,
            )
            one_language(str(d), d.explain())


@settings(max_examples=20)
@given(grounds=st.booleans(), demand=st.booleans(), handling=st.sampled_from(HandlingClass))
def test_every_validity_and_handling_text_is_one_language(
    grounds: bool, demand: bool, handling: HandlingClass
) -> None:
    """validity.py: validity decisions, next steps, handling actions."""
    for code in LANGUAGES:
        with language(code):
            v = assess_validity(grounds_sufficient=grounds, demand_reasonable=demand)
            h = handling_decision(handling)
            one_language(str(v), v.next_step, str(h), h.next_step)


@settings(max_examples=50)
@given(
    closed=st.one_of(st.none(), dates()),
    important=st.booleans(),
    years=st.integers(1, 5),
    long_term=st.booleans(),
)
def test_every_retention_reason_is_one_language(
    closed: dt.date | None, important: bool, years: int, long_term: bool
) -> None:
    """retention.py: open, kept for years, kept long-term."""
    policy = RetentionPolicy(ordinary_years=years, important_years=None if long_term else years)
    for code in LANGUAGES:
        with language(code):
            one_language(keep_record(closed, important=important, policy=policy).reason)


@settings(max_examples=15)
@given(st.lists(cases(max_events=8), max_size=4, unique_by=lambda case: case.complaint))
def test_every_review_is_one_language(batch: list[Case]) -> None:
    """statistics.py: the review line, its tallies and on-time figures."""
    for code in LANGUAGES:
        with language(code):
            one_language(statistics(batch).explain())
    with language("en_US"):
        in_words(batch, statistics(batch).explain())


def test_the_report_clear_says_its_period_in_the_active_language_R_CMP_15() -> None:
    """R-CMP-15, R-CMP-07: a late escalation's 报告 clear states the period
    allowed as the escalation's status does, in the active language ("2 working hours",
    not the policy's Chinese "2个工作小时", which a quote would hide from stray_words)."""
    c = Complaint(
        received_at=T(10, 13, 15),
        channel="书面",
        content="喝了你们的酒住院了，已经找了律师",
        complainant="张女士",
        claimed_loss="30000",
    )
    hours = CasePolicy(sla_policy="dealer", escalation_period="2个工作小时")  # business hours
    major = Case.open(c, "质量负责人", policy=hours).classify(
        T(10, 13, 15, 30), "客户关系经理", kind="投诉", category="产品质量"
    )
    late = major.escalate(T(10, 20, 15), "客户关系经理")
    with language("en_US"):
        reason = late.six_clears()["report"].reason
        status = late.status(at=T(10, 20, 15))["escalation"].reason
    assert "later than the 2 working hours allowed" in reason
    assert "of 2 working hours used" in status
    assert "个" not in reason
    assert "小时" not in reason
    with language("zh_CN"):
        zh = late.six_clears()["report"].reason
        one_language(zh)
    assert "2 工作小时" in zh


# ------------------------------------------------ a major complaint, read in either language

BRAKES = "新车刹车失灵差点出事故，再不处理我就找电视台曝光"


def major_case(code: str, *, note: str = "") -> Case:
    """The dealer's major complaint of 10 October 2025, classified in language ``code``."""
    c = Complaint(
        received_at=T(10, 10, 17, 59), channel="400热线", content=BRAKES, complainant="周先生"
    )
    with language(code):
        return Case.open(c, "客户关系顾问", policy="dealer").classify(
            T(10, 10, 18), "客户关系经理", classification=classify(c.text), note=note
        )


def read_all(case: Case) -> tuple[str, ...]:
    """Every text custops words about ``case``, in the active language."""
    return (
        case.status(at=T(10, 10, 18)).explain(),
        case.describe(),
        case.severity_reason,
        *(e.describe() for e in case.events),
        case.six_clears().explain(),
    )


def test_a_major_complaint_is_explained_in_the_readers_language_R_CMP_07() -> None:
    """The report: the severity reason was saved as the classification's note in the
    language active then, and quoted into every later status and description.  The grounds
    are kept as data and worded when read: classified in Chinese, read in English, and the
    other way round, no sentence holds words of two languages (docs/i18n.md)."""
    for written, read in (("zh_CN", "en_US"), ("en_US", "zh_CN")):
        case = major_case(written)
        assert case.events[-1].note == ""  # the caller gave no note: nothing is kept as text
        with language(read):
            texts = read_all(case)
            for text in texts:
                assert stray_words(text) == (), (written, read, text)
    with language("en_US"):
        status = major_case("zh_CN").status(at=T(10, 10, 18))
    assert status.reason.endswith(
        "; dealer rule 'major complaint'; "
        'major: safety ("刹车失灵", "差点出事"); threatened to go to the media ("找电视台", "曝光")'
    )
    with language("zh_CN"):
        assert major_case("en_US").severity_reason == (
            "重大：人身安全（「刹车失灵」、「差点出事」）；威胁向媒体曝光（「找电视台」、「曝光」）"
        )


def test_the_callers_note_is_kept_as_given_and_quoted_R_CMP_07() -> None:
    """A caller's own note is its words, kept as given (not translated); an explanation in
    another language quotes it, so the sentence around it stays one language."""
    case = major_case("zh_CN", note="客户情绪激动")
    assert case.events[-1].note == "客户情绪激动"
    with language("en_US"):
        status = case.status(at=T(10, 10, 18)).reason
        described = case.events[-1].describe()
        assert stray_words(status) == stray_words(described) == ()
    assert '; "客户情绪激动"; major: safety' in status
    assert described.endswith('— "客户情绪激动"; major: safety ("刹车失灵", "差点出事"); '
                              'threatened to go to the media ("找电视台", "曝光")')  # fmt: skip
    with language("zh_CN"):
        assert (
            case.events[-1]
            .describe()
            .endswith(
                "——客户情绪激动；重大：人身安全（「刹车失灵」、「差点出事」）；"
                "威胁向媒体曝光（「找电视台」、「曝光」）"
            )
        )


def test_the_grounds_are_data_and_hold_together_R_CMP_07() -> None:
    """The classification keeps the assessment's grounds (criteria, words, figures); a
    general complaint, another kind or a severity given by hand keeps none, and grounds
    that do not fit their criterion are refused, naming them."""
    case = major_case("zh_CN")
    kept = case.events[-1].get("severity_grounds")
    assert kept == (
        (Signal.SAFETY, (("刹车失灵", "差点出事"), ())),
        (Signal.MEDIA, (("找电视台", "曝光"), ("threatened",))),
    )
    assert kept == assess_severity(case.complaint).severity_grounds
    loss = Complaint(
        received_at=T(10, 10, 9), channel="电话", content="酒有怪味", complainant="王",
        claimed_loss="12000",
    )  # fmt: skip
    assessed = assess_severity(loss)
    assert assessed.severity_grounds == (
        (Signal.LOSS, ((), (Decimal("12000.00"), Decimal("10000.00")))),
    )
    assert grounds_reason(assessed.severity_grounds) == assessed.reason
    with language("zh_CN"):  # the same grounds, worded when read
        assert grounds_reason(assessed.severity_grounds) == assess_severity(loss).reason
        assert stray_words(grounds_reason(assessed.severity_grounds)) == ()
    assert grounds_reason(()) == "general: no major-complaint criterion fired"
    classify_at = {"kind": "投诉", "category": "产品质量", "severity": "重大"}
    for wrong, problem in [
        ((("safety", (("刹车失灵",), (1,))),), "safety takes 0 figures, not 1"),
        ((("loss", ((), ("12000",))),), "loss takes 2 figures, not 1"),
        ((("media", ((), ())),), "names no word and no figure"),
        ((("safety", (("a",), ())), ("人身安全", (("b",), ()))), "names a criterion twice"),
    ]:
        with pytest.raises(InvalidInput, match=f"^severity_grounds(\\[\\d\\])?: {problem}"):
            CaseEvent(T(10, 10, 18), "classify", "客户关系经理",
                      data={**classify_at, "severity_grounds": wrong})  # fmt: skip
    general = {**classify_at, "severity": "一般", "grounds_sufficient": True,
               "demand_reasonable": True}  # fmt: skip
    with pytest.raises(InvalidInput, match=r"^severity_grounds: only a major complaint's"):
        CaseEvent(T(10, 10, 18), "classify", "客户关系经理",
                  data={**general, "severity_grounds": kept})  # fmt: skip


# --------------------------------------------------------------------------- a late target's name


@pytest.mark.parametrize("desk", ["quality", "winery"])
def test_R_CMP_11_12_a_late_target_is_named_by_its_label_in_chinese(desk: str) -> None:
    """R-CMP-11, R-CMP-12 (D5 第七条, D10 七): a case's penalty names each target
    it missed by the desk's Chinese label in Chinese (延误（答复客户）, never 「reply」) and by
    its name in words in English."""
    content = "买的足金手镯戴了一个月就变形了，要求退货"
    complaint = Complaint(
        received_at=T(12, 30, 15), channel="电话", content=content, complainant="陈女士"
    )
    case = Case.open(complaint, "客户关系顾问", policy=desk)
    at = T(12, 30, 15) + dt.timedelta(days=30)
    late = case.status(at=at).breaches
    assert late
    targets = {t.name: t for t in case.policy.sla_policy.targets}
    with language("zh_CN"):
        chinese = case.penalty(at=at).reason
    with language("en_US"):
        english = case.penalty(at=at).reason
    for name in late:
        assert targets[name].label in chinese
        assert f"「{name}」" not in chinese
        assert name.replace("_", " ") in english
    assert not re.search(
        r"[A-Za-z]", chinese.replace("D1", "").replace("D5", "").replace("D10", "")
    )
    one_language(english)


@pytest.mark.parametrize("scheme", ["each_person", "per_case", "score"])
def test_R_CMP_11_12_a_late_target_named_without_a_desk_reads_as_the_presets_name_it(
    scheme: str,
) -> None:
    """R-CMP-11, R-CMP-12: ``assess_penalty(delayed=[...])`` has no desk; a target the
    built-in desks name (reply, resolve) is named by their Chinese label in Chinese, as a
    case's penalty names it, and a name of the caller's own is quoted as given."""
    with language("zh_CN"):
        reason = assess_penalty(None, scheme=scheme, delayed=["reply", "resolve", "my_step"]).reason
    assert "答复客户、处理完毕、「my_step」" in reason
    assert "「reply」" not in reason
    with language("en_US"):
        english = assess_penalty(None, scheme=scheme, delayed=["reply", "resolve"]).reason
    assert "reply, resolve" in english


@settings(max_examples=30)
@given(case=cases(max_events=10), hours=st.integers(0, 400))
def test_property_R_CMP_11_a_labelled_late_target_never_shows_its_key_in_chinese(
    case: Case, hours: int
) -> None:
    """R-CMP-11, R-CMP-12: whatever the case, a late target with a label is named by it in
    the Chinese penalty reason, never by its English key in 「」."""
    at = case.last_event_at + dt.timedelta(hours=hours)
    if case.policy.penalty_scheme is PenaltyScheme.UNIT_RULES:  # D14 sets none: named here
        policy = attrs.evolve(case.policy, penalty_scheme="each_person")
        case = Case(case.complaint, case.events, policy=policy)
    labels = {t.name: t.label for t in case.policy.sla_policy.targets}
    with language("zh_CN"):
        assessment = case.penalty(at=at)
        reason = assessment.reason  # worded when read, in the active language
    for name in assessment.delayed:
        if labels.get(name):
            assert labels[name] in reason
            assert f"「{name}」" not in reason
