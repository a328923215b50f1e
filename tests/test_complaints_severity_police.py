"""A police report is a criterion of its own, and a hint denied fires nothing (R-CMP-07).

R-CMP-07 (D1 第四条): "major" is defined by explicit, configurable criteria.  The police
called (报警, 报案, 110, 派出所, 公安) is ``Signal.POLICE``, apart from legal action (律师,
起诉, 法院): a bank whose card-fraud customers are all told to call the police leaves it out
and keeps the courts.  The seed lists no criterion, so the default keeps a police report
major (the safe side).  A hint denied in its clause (没有受伤, 没起诉, 还没报案) fires
nothing, nor does a bad manner denied (客服没有爱答不理, "not rude": R-CMP-01's attitude
rule ``sq.attitude``).
"""

from __future__ import annotations

import datetime as dt
import pickle
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.complaints import (
    CRITERIA,
    Complaint,
    Severity,
    SeverityPolicy,
    Signal,
    classify,
    find_matches,
)
from custops.complaints.severity import assess_severity, grounds_reason, read_grounds
from custops.i18n import language

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 12, 7, 10, tzinfo=SH)
#: A bank's criteria: every one but the police report (R-CMP-07).
BANK = SeverityPolicy(enabled=set(CRITERIA) - {Signal.POLICE})


def make(content: str) -> Complaint:
    return Complaint(received_at=T0, channel="电话", content=content, complainant="王")


def signals(text: str) -> set[Signal]:
    counted, _suppressed = find_matches(text)
    return {e.signal for e in counted if e.signal is not None}


# ---- the police report, a criterion of its own (R-CMP-07) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "信用卡被盗刷了，已经报警",
        "手机被偷了，我要报警",
        "已经报案了，你们看着办",
        "打了110，警察来了才处理",
        "昨晚去派出所做了笔录",
        "再不退钱就报警",
        "没人管我就报警",
        "我已经找了公安",
        "公安已立案",
        "叫了警察过来",
        # told other ways: reported before, the police came, a statement taken
        "我报过警了",
        "警察已经来了，东西还是没找回来",
        "民警已经出警了",
        "去派出所报案了",
        "在派出所做了笔录",
    ],
)
def test_R_CMP_07_a_police_report_is_the_police_signal(text: str) -> None:
    assert Signal.POLICE in signals(text)
    assert Signal.LEGAL not in signals(text)  # the police are no court
    assessed = assess_severity(make(text))
    assert assessed.severity is Severity.MAJOR
    assert Signal.POLICE in assessed.criteria


@pytest.mark.parametrize(
    "text",
    [
        "发动机报警灯亮了",  # a car's warning light
        "烟雾报警器一直响",  # a device
        "车辆仪表盘报警",
        "店就在公安局旁边",  # a place named in passing
        "派出所对面的店",
        "报警电话是多少？",  # asked about
        "这种情况要报警吗？",
        "还没报案",  # denied
        "我不想报警，只想退钱",
        "没去派出所",
        # an errand at a police station is no report
        "去公安局办护照",
        "到派出所办户口",
        "到派出所补办身份证，你们的卡还是激活不了",
        "去派出所开证明",
        "到派出所落户要带什么",
        "希望交警在出警方面能及时一些",  # a wish about the police's coming
        "交警拒绝出警，让我们自行协商",
    ],
)
def test_R_CMP_07_a_warning_light_a_place_or_a_denial_is_no_police_report(text: str) -> None:
    assert Signal.POLICE not in classify(text).signals
    assert Signal.POLICE not in assess_severity(make(text)).criteria


def test_R_CMP_07_the_default_criteria_keep_a_police_report_major() -> None:
    """The seed lists no criterion (D1 第四条 names the major flow's steps only): the default
    takes the safe side, and the reason names the police report."""
    assert Signal.POLICE in SeverityPolicy().enabled
    assert Signal.POLICE in CRITERIA
    assert CRITERIA.index(Signal.POLICE) == CRITERIA.index(Signal.LEGAL) + 1
    assessed = assess_severity(make("信用卡被盗刷了，已经报警"))
    assert assessed.criteria == (Signal.POLICE,)
    assert assessed.reason == 'major: police report ("已经报警")'
    with language("zh_CN"):
        assert assessed.reason == "重大：报警（「已经报警」）"


def test_R_CMP_07_a_bank_leaves_the_police_out_and_keeps_the_courts() -> None:
    fraud = make("信用卡被盗刷了，已经报警")
    assert assess_severity(fraud, policy=BANK).severity is Severity.GENERAL
    sued = make("信用卡被盗刷了，已经报警，银行再不管我就起诉")
    assessed = assess_severity(sued, policy=BANK)
    assert assessed.criteria == (Signal.LEGAL,)
    assert assessed.reason == 'major: legal action ("起诉")'
    lawyer = assess_severity(make("我已经找了律师"), policy=BANK)
    assert lawyer.criteria == (Signal.LEGAL,)


def test_R_CMP_07_the_police_signal_in_any_spelling() -> None:
    assert {Signal.parse(s) for s in ("police", "报警", "报案", "police report")} == {Signal.POLICE}
    assert SeverityPolicy(enabled={"报警", "legal"}).enabled == {Signal.POLICE, Signal.LEGAL}
    assert str(Signal.POLICE) == "报警"
    with language("en_US"):
        assert Signal.POLICE.words == "police report"
    with language("zh_CN"):
        assert Signal.POLICE.words == "报警"


def test_R_CMP_07_the_police_listed_in_order_beside_every_criterion() -> None:
    c = Complaint(
        received_at=T0,
        channel="电话",
        complainant="王",
        content="孩子误食住院，已报12315，记者也来了，律师在跟进，也报了警，第二次投诉，业主们都很气愤",
        claimed_loss="50000",
        complainant_count=5,
    )
    assert assess_severity(c, prior_complaint_count=1).criteria == CRITERIA


def test_R_CMP_07_the_police_report_in_a_classification() -> None:
    r = classify("信用卡被盗刷了，已经报警")
    # the police called, and money taken by card fraud: a loss still to be assessed
    assert r.signals == {Signal.POLICE, Signal.LOSS}
    assert "sig.police" in r.fired
    assert "sig.legal" not in r.fired


# ---- stored criteria and grounds still load (R-CMP-07) ---------------------------------------


def test_R_CMP_07_criteria_stored_before_the_police_signal_still_load() -> None:
    """Criteria stored before the police signal existed named a police report under
    ``legal``: a stored ``enabled`` with ``legal`` and no ``police`` loads with ``police``
    added, so a stored default desk keeps escalating police reports."""
    stored = {
        "custops": 1,
        "type": "complaints.SeverityPolicy",
        "value": {
            "enabled": ["collective", "legal", "loss", "media", "regulator", "repeat", "safety"]
        },
    }
    loaded = serial.from_dict(stored)
    assert loaded == SeverityPolicy()
    fraud = make("信用卡被盗刷了，已经报警")
    assert assess_severity(fraud, policy=loaded).criteria == (Signal.POLICE,)
    no_legal = {**stored, "value": {"enabled": ["loss", "safety"]}}
    assert serial.from_dict(no_legal).enabled == {Signal.LOSS, Signal.SAFETY}
    assert serial.from_dict(serial.to_dict(SeverityPolicy())) == SeverityPolicy()


@settings(max_examples=40, deadline=None)
@given(
    enabled=st.frozensets(st.sampled_from([s for s in Signal if s is not Signal.POLICE])),
    text=st.sampled_from(
        ["信用卡被盗刷了，已经报警", "我要起诉你们", "你们不处理我就找律师", "快递丢了，已经报案了"]
    ),
)
def test_R_CMP_07_old_documents_keep_their_verdicts(enabled: frozenset[Signal], text: str) -> None:
    """A document stored before the police signal (no ``version`` in its object) judges as
    it judged then: legal named meant police reports too; one stored since loads as saved
    (R-CMP-07)."""
    then = enabled | {Signal.POLICE} if Signal.LEGAL in enabled else enabled
    document = serial.to_dict(SeverityPolicy(enabled=enabled))
    assert serial.from_dict(document).enabled == enabled
    del document["value"]["version"]  # as a release before the police signal wrote it
    loaded = serial.from_dict(document)
    assert loaded.enabled == then
    complaint = make(text)
    assert assess_severity(complaint, policy=loaded) == assess_severity(
        complaint, policy=SeverityPolicy(enabled=then)
    )


def test_R_CMP_07_grounds_stored_with_the_old_legal_signal_still_read() -> None:
    """A case's classification event stored a police report as a legal ground: it reads as
    it was judged."""
    stored = (("legal", (("已经报警",), ())),)
    read = read_grounds("severity_grounds", stored)
    assert read == ((Signal.LEGAL, (("已经报警",), ())),)
    with language("zh_CN"):
        assert grounds_reason(read) == "重大：法律行动（「已经报警」）"
        police = ((Signal.POLICE, (("已经报警",), ())),)
        assert grounds_reason(police) == "重大：报警（「已经报警」）"


def test_R_CMP_07_criteria_without_the_police_pickle_as_they_are() -> None:
    assert pickle.loads(pickle.dumps(BANK)) == BANK
    assert pickle.loads(pickle.dumps(SeverityPolicy())).enabled == frozenset(CRITERIA)


# ---- a hint denied fires nothing (R-CMP-07) --------------------------------------------------

DENIED = [
    ("孩子没受伤", Signal.SAFETY),
    ("还好没有人受伤", Signal.SAFETY),
    ("不用去医院，擦点药就好", Signal.SAFETY),
    ("一点也不危险", Signal.SAFETY),
    ("还好没有着火", Signal.SAFETY),
    ("没有拉肚子，就是味道不对", Signal.SAFETY),
    ("不用住院，开了点药", Signal.SAFETY),
    ("饭里没有头发，就是有点咸", Signal.SAFETY),
    ("我不会去曝光的，希望尽快处理", Signal.MEDIA),
    ("没有上热搜", Signal.MEDIA),
    ("我没有去工商局，先找你们", Signal.REGULATOR),
    ("我还没起诉，先跟你们谈", Signal.LEGAL),
    ("并没有找律师", Signal.LEGAL),
    ("还没报案，先问问你们", Signal.POLICE),
    ("我不想报警", Signal.POLICE),
    # the clause negators that deny as 没有 and 不会 do
    ("不是要投诉到12315，只是想问问", Signal.REGULATOR),
    ("不至于上法院", Signal.LEGAL),
    ("我不是要曝光你们", Signal.MEDIA),
    ("我并不打算报警", Signal.POLICE),
    ("不打算找律师", Signal.LEGAL),
    ("不是集体投诉，就我一个", Signal.COLLECTIVE),
    ("并没有联名", Signal.COLLECTIVE),
    ("东西没有被偷，是我放错了", Signal.LOSS),
    ("手机没被盗", Signal.LOSS),
    ("之前没有重复投诉过", Signal.REPEAT),
]


@pytest.mark.parametrize(("text", "signal"), DENIED)
def test_R_CMP_07_a_hint_denied_fires_nothing(text: str, signal: Signal) -> None:
    assert signal not in signals(text)
    assert signal not in assess_severity(make(text)).criteria


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("没解决我就起诉", Signal.LEGAL),  # a grievance, not a denial
        ("你们一直不处理，没办法只能起诉", Signal.LEGAL),
        ("没人管我就报警", Signal.POLICE),
        ("没锁门被偷了", Signal.LOSS),  # a slip, not a denial
        ("没热水我们十几户业主都很生气", Signal.COLLECTIVE),
        ("这已经不是第二次了", Signal.REPEAT),  # more than a second time
        ("不小心摔伤了腿", Signal.SAFETY),
        ("太危险了", Signal.SAFETY),
        ("没想到吃完就拉肚子", Signal.SAFETY),
        ("要是没人管，我就找记者曝光", Signal.MEDIA),
        ("你们这不是要逼我上法院吗", Signal.LEGAL),  # a question that threatens
    ],
)
def test_R_CMP_07_a_near_miss_of_a_denial_keeps_the_hint(text: str, signal: Signal) -> None:
    assert signal in signals(text)


# ---- the staff's manner denied is no attitude complaint (R-CMP-01, R-CMP-07) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "客服没有爱答不理，很耐心",
        "并不是爱答不理",
        "服务员从不甩脸色",
        "前台一点也不冷漠",
        "经理并不傲慢",
        "师傅没有不耐烦",
        "服务员没有翻白眼",
        "孩子把桌布弄脏了也并没有态度不好",
        "the staff was not rude at all",
        "not rude",
        "the agent wasn't rude",
        "the cashier was never rude",
    ],
)
def test_R_CMP_01_a_bad_manner_denied_is_no_attitude_complaint(text: str) -> None:
    assert "sq.attitude" not in classify(text).fired


@pytest.mark.parametrize(
    "text",
    [
        "客服爱答不理",
        "服务员从不理人",  # never answers: a complaint
        "没有好态度",
        "没见过态度这么差的",
        "没想到态度这么差",
        "一直没有回应",
        "真没素质",
        "the staff was rude",
    ],
)
def test_R_CMP_01_a_bad_manner_told_stays_an_attitude_complaint(text: str) -> None:
    assert "sq.attitude" in classify(text).fired


# ---- invariants (Hypothesis) -----------------------------------------------------------------

#: Clauses of every kind, severity hints among them (R-CMP-07).
CLAUSES = (
    "酒有怪味",
    "等了两个小时",
    "服务员态度很差",
    "喝了以后拉肚子住院了",
    "我要找电视台曝光",
    "已经打了12315",
    "律师函明天就寄给你们",
    "已经报警",
    "打了110",
    "去派出所做了笔录",
    "这是我第三次投诉",
    "我们十几户业主联名投诉",
    "信用卡被盗刷了",
    "谢谢你们",
    "请问怎么办理",
)
#: Hints denied in a clause of their own, each with the hint it denies.
DENIALS = tuple(text for text, _signal in DENIED)
PLAIN = ("酒有怪味", "等了两个小时", "信用卡被盗刷了", "谢谢你们", "请问怎么办理", "房间很干净")


@settings(max_examples=60, deadline=None)
@given(
    clauses=st.lists(st.sampled_from(CLAUSES), max_size=4),
    complainants=st.integers(min_value=1, max_value=6),
    prior=st.integers(min_value=0, max_value=2),
)
def test_R_CMP_07_criteria_without_the_police_drop_the_police_and_nothing_else(
    clauses: list[str], complainants: int, prior: int
) -> None:
    """A desk's criteria without ``POLICE`` never make a text major by a police report
    alone: they find what the default finds, less the police report."""
    c = Complaint(
        received_at=T0,
        channel="电话",
        complainant="王",
        content="，".join(clauses) or "嗯",
        complainant_count=complainants,
    )
    everything = assess_severity(c, prior_complaint_count=prior)
    bank = assess_severity(c, policy=BANK, prior_complaint_count=prior)
    assert bank.criteria == tuple(s for s in everything.criteria if s is not Signal.POLICE)
    if everything.criteria == (Signal.POLICE,):
        assert bank.severity is Severity.GENERAL


@settings(max_examples=60, deadline=None)
@given(
    plain=st.lists(st.sampled_from(PLAIN), max_size=3),
    denied=st.lists(st.sampled_from(DENIALS), min_size=1, max_size=3),
)
def test_R_CMP_07_a_denied_hint_never_adds_a_signal(plain: list[str], denied: list[str]) -> None:
    """Clauses that deny a hint, added to plain ones, add no signal and no criterion."""
    base = "。".join(plain)
    text = "。".join([*plain, *denied])
    assert signals(text) <= signals(base)
    assert set(assess_severity(make(text)).criteria) <= set(
        assess_severity(make(base or "嗯")).criteria
    )


#: Errands at a police station or the public security bureau (R-CMP-07): none reports.
ERRANDS = (
    "去公安局办护照",
    "到派出所办户口",
    "去派出所补办身份证",
    "到公安局换驾照",
    "去派出所开证明",
)


@settings(max_examples=60, deadline=None)
@given(
    plain=st.lists(st.sampled_from(PLAIN), max_size=3),
    errand=st.sampled_from(ERRANDS),
)
def test_R_CMP_07_an_errand_at_the_police_never_adds_the_police(
    plain: list[str], errand: str
) -> None:
    """A clause telling an errand at a police station, added to plain ones, never adds the
    police criterion."""
    base = "。".join(plain)
    text = "。".join([*plain, errand])
    assert (Signal.POLICE in signals(text)) == (Signal.POLICE in signals(base))
    assert Signal.POLICE not in assess_severity(make(text)).criteria
