"""A claimed loss not known yet (``Complaint(claimed_loss=None)``), distinct from a loss of 0:
severity (R-CMP-07), penalties by the loss (R-CMP-13, R-CMP-11, R-CMP-12), storage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops.complaints import (
    Case,
    Complaint,
    PenaltyScheme,
    ResponsibilityPolicy,
    Severity,
    SeverityPolicy,
    Signal,
    Unstated,
    assess_severity,
)
from custops.complaints.penalties import Party, assess_penalty
from custops.errors import InvalidInput, InvalidType

T0 = dt.datetime(2024, 5, 6, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
PENDING = "the claimed loss is still to be assessed"


def make(loss: Any = "0", content: str = "保养后机油灯又亮了") -> Complaint:
    return Complaint(
        received_at=T0, channel="phone", content=content, complainant="刘", claimed_loss=loss
    )


def handled(loss: Any) -> Case:
    """A general complaint of the dealer's desk, classified and assigned at ``T0``."""
    case = Case.open(make(loss), "客户关系顾问", policy="dealer")
    case = case.classify(
        T0,
        "客户关系经理",
        kind="投诉",
        category="维修质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    return case.assign(T0, "客户关系经理", "售后服务部")


# --------------------------------------------------------------------------- the record


def test_none_is_a_loss_not_known_yet_and_0_no_loss_R_CMP_13() -> None:
    assert make(None).claimed_loss is None
    assert make("0").claimed_loss == Decimal("0.00")
    # left out: not stated, kept as such; a text naming no loss reads as no loss (R-CMP-07)
    unstated = Complaint(received_at=T0, channel="phone", content="x", complainant="刘")
    assert unstated.claimed_loss is Unstated.LOSS
    assert unstated.loss == 0
    assert make(None) != make("0")


@pytest.mark.parametrize(("loss", "error"), [(1.5, InvalidType), ("-1", InvalidInput)])
def test_a_known_loss_is_still_checked(loss: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="claimed_loss"):
        make(loss)


# --------------------------------------------------------------------------- severity


def test_unknown_loss_cannot_make_a_complaint_major_R_CMP_07() -> None:
    a = assess_severity(make(None))
    assert a.severity is Severity.GENERAL
    assert a.criteria == ()
    assert a.pending == (Signal.LOSS,)
    assert a.provisional
    assert a.rule == "R-CMP-07"
    assert a.reason == (
        "general: no major-complaint criterion fired; "
        "the claimed loss is still to be assessed, so the severity is provisional"
    )


def test_zero_loss_is_general_and_settled_R_CMP_07() -> None:
    a = assess_severity(make("0"))
    assert a.severity is Severity.GENERAL
    assert a.pending == ()
    assert not a.provisional
    assert PENDING not in a.reason


def test_loss_at_the_threshold_is_major_R_CMP_07() -> None:
    a = assess_severity(make("10000"))
    assert a.severity is Severity.MAJOR
    assert a.criteria == (Signal.LOSS,)
    assert not a.provisional


def test_major_on_another_criterion_is_not_provisional_R_CMP_07() -> None:
    a = assess_severity(make(None, content="刹车失灵差点出事"))
    assert a.severity is Severity.MAJOR
    assert a.criteria == (Signal.SAFETY,)
    assert a.pending == (Signal.LOSS,)  # still unknown, but it cannot lower the level
    assert not a.provisional
    assert PENDING not in a.reason


def test_a_loss_not_counted_leaves_nothing_pending_R_CMP_07() -> None:
    a = assess_severity(make(None), policy=SeverityPolicy(enabled={"safety"}))
    assert a.pending == ()
    assert not a.provisional


# --------------------------------------------------------------------------- penalties


def test_each_person_waits_for_the_loss_R_CMP_13() -> None:
    a = assess_penalty(None, delayed=["resolve"])
    assert a.rule == "R-CMP-13"
    assert a.provisional
    assert a.loss is None
    assert [line.party for line in a.lines] == [Party.HANDLER]  # the delay does not wait
    assert a.total == Decimal("200.00")
    assert "loss penalty to be assessed once the loss is known" in a.reason


def test_each_person_zero_loss_is_settled_R_CMP_13() -> None:
    a = assess_penalty("0")
    assert not a.provisional
    assert a.lines == ()
    assert "caused no loss" in a.reason


def test_each_person_known_loss_is_fined_by_its_band_R_CMP_13() -> None:
    a = assess_penalty("3000")
    assert not a.provisional
    assert a.for_party("responsible_person") == Decimal("500.00")
    assert a.for_party("department_head") == Decimal("500.00")


def test_not_assigned_unknown_loss_waits_for_nothing_R_CMP_13() -> None:
    a = assess_penalty(None, responsibility_assigned=False)
    assert not a.provisional
    assert a.lines == ()
    assert "responsibility is not assigned" in a.reason


def test_per_case_fine_waits_for_the_loss_band_R_CMP_11() -> None:
    a = assess_penalty(None, scheme="per_case")
    assert a.rule == "R-CMP-11"
    assert a.provisional
    assert a.lines == ()
    assert "fine to be assessed once the loss is known" in a.reason
    assert assess_penalty("0", scheme="per_case").total == Decimal("200.00")


def test_a_flat_fine_does_not_wait_for_the_loss_R_CMP_11() -> None:
    flat = ResponsibilityPolicy(bands=[(0, 300)])
    a = assess_penalty(None, scheme="per_case", policy=flat)
    assert not a.provisional
    assert a.total == Decimal("300.00")
    assert "loss not known yet" in a.reason
    every = ResponsibilityPolicy(bands=[(0, 300)], fine_without_loss=True)
    b = assess_penalty(None, policy=every)
    assert not b.provisional
    assert b.total == Decimal("600.00")  # the responsible person and the department head


def test_score_does_not_depend_on_the_loss_R_CMP_12() -> None:
    a = assess_penalty(None, scheme="score")
    assert a.rule == "R-CMP-12"
    assert a.points == 1
    assert not a.provisional


# --------------------------------------------------------------------------- the case


def test_case_status_says_the_severity_is_provisional_R_CMP_07() -> None:
    assert PENDING in handled(None).status(at=T0).reason
    assert PENDING not in handled("0").status(at=T0).reason


def test_case_penalty_waits_then_reassesses_with_the_loss_R_CMP_13() -> None:
    case = handled(None)
    waiting = case.penalty(at=T0)
    assert waiting.provisional
    assert waiting.lines == ()
    assert waiting.reason == (
        "loss penalty to be assessed once the loss is known "
        "(D1 art. 6 ¶1 penalises by the size of the loss)"
    )
    known = case.penalty(at=T0, loss="3000")
    assert not known.provisional
    assert known == handled("3000").penalty(at=T0)
    assert case.penalty(at=T0, loss="0") == handled("0").penalty(at=T0)


def test_stored_and_replayed_case_keeps_the_unknown_loss() -> None:
    case = handled(None)
    stored = serial.from_json(serial.to_json(case))
    assert stored == case
    assert stored.complaint.claimed_loss is None
    assert Case(case.complaint, case.events, policy="dealer") == case
    assert serial.to_dict(case.complaint)["value"]["claimed_loss"] is None
    assert serial.from_dict(serial.to_dict(make(None))) == make(None)
    assert stored.penalty(at=T0) == case.penalty(at=T0)


# --------------------------------------------------------------------------- properties

_LOSSES = st.decimals(min_value=0, max_value=50_000, places=2, allow_nan=False)
_SCHEMES = st.sampled_from([s for s in PenaltyScheme if s is not PenaltyScheme.UNIT_RULES])
_POLICIES = st.builds(
    ResponsibilityPolicy,
    fine_department_head=st.booleans(),
    fine_without_loss=st.booleans(),
    bands=st.sampled_from([None, [(0, 300)], [(0, 200), (500, 800), (20_000, 1500)]]).map(
        lambda b: ResponsibilityPolicy().bands if b is None else b
    ),
    delay_fine=st.sampled_from(["200", "900", "1500"]),
    case_max=st.one_of(st.none(), st.decimals(min_value=200, max_value=4000, places=2)),
)


def _harshness(loss: Decimal | None, scheme: PenaltyScheme, facts: dict[str, Any]) -> Any:
    a = assess_penalty(loss, scheme=scheme, **facts)
    return (a.total, a.points)


@given(
    low=_LOSSES,
    high=_LOSSES,
    scheme=_SCHEMES,
    policy=_POLICIES,
    delayed=st.sampled_from([(), ("resolve",)]),
    slow=st.booleans(),
    assigned=st.booleans(),
)
def test_known_loss_is_monotone_and_unknown_never_harsher_R_CMP_07_R_CMP_13(
    low: Decimal,
    high: Decimal,
    scheme: PenaltyScheme,
    policy: ResponsibilityPolicy,
    delayed: tuple[str, ...],
    slow: bool,
    assigned: bool,
) -> None:
    """A larger known loss never lowers the severity or a penalty; a loss not known yet
    never gives a harsher decision than any known loss, 0 included: no major level and
    no fine the loss would decide — under a cap per case (``case_max``) too, which fines
    as much as it allows, so the total never falls as the loss grows."""
    low, high = sorted((low, high))
    facts: dict[str, Any] = {
        "delayed": delayed,
        "approval_delayed": slow,
        "responsibility_assigned": assigned,
        "policy": policy,
    }
    severity = {loss: assess_severity(make(loss)).severity for loss in (None, low, high)}
    assert severity[low] <= severity[high]
    assert severity[None] <= severity[low]
    penalty = {loss: _harshness(loss, scheme, facts) for loss in (None, low, high)}
    assert penalty[low][0] <= penalty[high][0]
    assert penalty[low][1] == penalty[high][1] == penalty[None][1]  # points: per complaint
    assert penalty[None][0] <= penalty[low][0]
    unknown = assess_penalty(None, scheme=scheme, **facts)
    known = assess_penalty(low, scheme=scheme, **facts)
    # every fine of an unknown loss is one a known loss gives too — but under a cap, whose
    # share goes to the responsible person first once the loss fines them (the handler's
    # part of it then goes to them): there only the total never falls, asserted above
    for line in unknown.lines if policy.case_max is None else ():
        assert line.amount <= known.for_party(line.party)
    assert unknown.provisional == (assigned and policy.by_loss(scheme))


@given(loss=st.one_of(st.none(), _LOSSES))
def test_stored_complaint_equals_the_one_given(loss: Decimal | None) -> None:
    c = make(loss)
    assert serial.from_json(serial.to_json(c)) == c
    assert attrs.evolve(c).claimed_loss == c.claimed_loss


# ------------------------------------------------------- a loss not stated, read from the text


def built(content: str, **more: Any) -> Complaint:
    return Complaint(received_at=T0, channel="前台", content=content, complainant="某公司", **more)


def test_none_stays_not_known_yet_whatever_the_text_R_CMP_07() -> None:
    """R-CMP-07: ``claimed_loss=None`` is a loss not known yet even when the text names no
    loss; stored as null it reloads as None."""
    c = built("车被刮花了，要求处理", claimed_loss=None)
    assert c.claimed_loss is None
    assert c.loss is None
    assert assess_severity(c).pending == (Signal.LOSS,)
    document = serial.to_dict(c)
    assert document["value"]["claimed_loss"] is None
    assert serial.from_dict(document).claimed_loss is None


def test_a_loss_not_stated_is_read_from_the_text_when_assessed_R_CMP_07() -> None:
    """R-CMP-07: ``claimed_loss`` left out stays not stated (``Unstated.LOSS``): a text naming
    a loss or a compensation claim leaves the loss to be assessed, the words quoted in the
    reason; a text naming none (or only negated) is no loss; 0 or an amount is kept."""
    leak = built("天花板漏水，电脑泡坏了，损失好几万，要求物业赔偿")
    assert leak.claimed_loss is Unstated.LOSS
    assert (leak.loss, leak.loss_words) == (None, ("损失", "赔偿"))
    a = assess_severity(leak)
    assert a.pending == (Signal.LOSS,)
    assert a.provisional
    assert a.reason == (
        "general: no major-complaint criterion fired; "
        'the text names a loss or a claim ("损失", "赔偿"): '
        "the claimed loss is still to be assessed, so the severity is provisional"
    )
    for content in ("天花板漏水", "天花板漏水，还好没有造成损失", "不要求赔偿，尽快修好就行"):
        assert built(content).loss == 0, content
        assert assess_severity(built(content)).pending == (), content
    assert built("漏水", demand="要求索赔").loss is None  # the demand is read too
    assert built("损失好几万", claimed_loss="30000").loss == Decimal("30000.00")
    assert built("损失好几万，要求赔偿", claimed_loss=0).loss == 0  # 0 stated: no loss
    assert assess_severity(built("损失好几万", claimed_loss=0)).pending == ()


def test_evolve_keeps_a_loss_not_stated_and_reads_the_new_text_R_CMP_07() -> None:
    c = built("车被刮花了，要求处理")
    assert c.loss == 0
    later = attrs.evolve(c, demand="损失好几万，要求赔偿")
    assert later.claimed_loss is Unstated.LOSS
    assert later.loss is None
    assert assess_severity(later).pending == (Signal.LOSS,)


def test_a_case_assesses_a_loss_not_stated_that_the_text_names_R_CMP_07_R_CMP_13() -> None:
    named = Case.open(built("电脑泡坏了，要你们赔"), "客户关系顾问", policy="dealer")
    assert named.loss is None
    assert "assess_loss" in [a.value for a in named.allowed_events()]
    silent = Case.open(built("电脑泡坏了"), "客户关系顾问", policy="dealer")
    assert silent.loss == 0
    assert "assess_loss" not in [a.value for a in silent.allowed_events()]


def test_a_loss_not_stated_is_stored_as_such() -> None:
    """Stored distinctly from null and 0; a document stored before (no field) is not stated."""
    c = built("车被刮花了")
    document = serial.to_dict(c)
    assert document["value"]["claimed_loss"] == "loss_not_stated"
    assert serial.from_dict(document) == c
    older = {**document, "value": dict(document["value"])}
    del older["value"]["claimed_loss"]
    assert serial.from_dict(older).claimed_loss is Unstated.LOSS
    older["value"]["claimed_loss"] = "760"
    assert serial.from_dict(older).claimed_loss == Decimal("760.00")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("要你们赔", ("要你们赔",)),
        ("车被刮花了，赔我钱", ("赔我",)),
        ("必须赔我", ("必须赔我",)),
        ("随便赔点钱就行", ("赔点钱",)),
        ("不赔钱就去12315", ("赔钱",)),
        ("对处理结果不满意要求赔偿", ("赔偿",)),
        ("无法弥补的损失", ("损失",)),
        ("造成不少损失", ("损失",)),
        ("没想到损失这么大", ("损失",)),
        ("没有人管造成损失", ("损失",)),
        ("损失全都赔给我", ("损失",)),
        ("人没事，但是损失不小", ("损失",)),
        ("I want compensation", ("compensation",)),
    ],
)
def test_loss_words_name_a_claim_R_CMP_07(text: str, words: tuple[str, ...]) -> None:
    """R-CMP-07: colloquial claims (a bare 赔 with a person or an object) are claims."""
    assert built(text).loss_words == words
    assert assess_severity(built(text)).pending == (Signal.LOSS,)


@pytest.mark.parametrize(
    "text",
    [
        "不要求任何赔偿",
        "没有造成任何损失",
        "没造成损失",
        "并无损失",
        "无损失",
        "不存在经济损失",
        "物业已经赔偿了",
        "已赔，谢谢",
        "赔过了",
        "无需任何赔偿",
        "没有任何经济损失",
        "要求赔礼道歉",
        "I don't need any compensation",
        "no compensation needed",
    ],
)
def test_negated_or_settled_loss_words_are_no_claim_R_CMP_07(text: str) -> None:
    """R-CMP-07: a negation earlier in the clause, or a claim already settled, is no claim."""
    assert built(text).loss_words == ()
    assert built(text).loss == 0


_NEGATIONS: tuple[str, ...] = ("没有造成", "没造成", "没有任何", "并无", "无需", "无任何", "未造成")
_NEGATIONS += ("不要求", "不需要", "不存在", "不涉及", "已经赔偿了", "赔过了")
_WORDS = ("损失", "经济损失", "赔偿", "索赔", "补偿", "赔钱", "赔我", "要你们赔", "赔点钱", "損失")
_FILLER = st.text(alphabet="漏水天花板电脑坏了物业人车任何什么的多少很大ab 12", max_size=12)


@given(negation=st.sampled_from(_NEGATIONS), filler=_FILLER, word=st.sampled_from(_WORDS))
def test_property_a_negated_loss_word_is_never_pending_R_CMP_07(
    negation: str, filler: str, word: str
) -> None:
    """R-CMP-07 (property): negation + filler (no punctuation) + loss word is no claim."""
    c = built(f"{negation}{filler}{word}")
    assert c.loss_words == ()
    assert assess_severity(c).pending == ()


@given(head=_FILLER, word=st.sampled_from(_WORDS))
def test_property_a_loss_word_alone_is_pending_R_CMP_07(head: str, word: str) -> None:
    """R-CMP-07 (property): a loss word in its own clause, no amount stated, is pending; an
    amount stated settles it."""
    c = built(f"{head}，{word}")
    assert word in "".join(c.loss_words)
    assert assess_severity(c).pending == (Signal.LOSS,)
    assert assess_severity(attrs.evolve(c, claimed_loss="100")).pending == ()
